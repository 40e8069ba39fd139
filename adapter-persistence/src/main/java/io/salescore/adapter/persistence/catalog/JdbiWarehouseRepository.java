package io.salescore.adapter.persistence.catalog;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.adapter.persistence.common.SqlWhere;
import io.salescore.application.catalog.port.WarehouseFilter;
import io.salescore.application.catalog.port.out.WarehouseRepository;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.catalog.Warehouse;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.WarehouseId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

import java.util.Optional;

/** Warehouses in PostgreSQL. */
public final class JdbiWarehouseRepository implements WarehouseRepository {

    private static final String COLUMNS = "w.id, w.business_id, w.name, w.location, w.is_active, w.created_at, "
            + "w.updated_at";

    private static final RowMapper<Warehouse> MAPPER = (rs, ctx) -> Warehouse.restore(new Warehouse.State(
            WarehouseId.of(Rows.uuid(rs, "id")), BusinessId.of(Rows.uuid(rs, "business_id")), rs.getString("name"),
            rs.getString("location"), rs.getBoolean("is_active"), Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at")));

    private final JdbiUnitOfWork tx;

    public JdbiWarehouseRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Warehouse warehouse) {
        write(tx.handle().createUpdate("""
                INSERT INTO warehouse (business_id, id, name, location, is_active, created_at, updated_at)
                VALUES (:business, :id, :name, :location, :active, :created, :updated)"""), warehouse);
    }

    @Override
    public void update(Warehouse warehouse) {
        write(tx.handle().createUpdate("""
                UPDATE warehouse SET name = :name, location = :location, is_active = :active, updated_at = :updated
                WHERE business_id = :business AND id = :id"""), warehouse);
    }

    private static void write(Update update, Warehouse warehouse) {
        Warehouse.State s = warehouse.state();
        update.bind("business", s.businessId())
                .bind("id", s.id())
                .bind("name", s.name())
                .bind("location", s.location())
                .bind("active", s.active())
                .bind("created", s.createdAt())
                .bind("updated", s.updatedAt())
                .execute();
    }

    @Override
    public Optional<Warehouse> find(BusinessId business, WarehouseId id) {
        return find(business, id, "");
    }

    @Override
    public Optional<Warehouse> findForUpdate(BusinessId business, WarehouseId id) {
        return find(business, id, " FOR UPDATE");
    }

    private Optional<Warehouse> find(BusinessId business, WarehouseId id, String lock) {
        return tx.handle().createQuery("SELECT " + COLUMNS + " FROM warehouse w WHERE w.business_id = :business "
                        + "AND w.id = :id" + lock)
                .bind("business", business)
                .bind("id", id)
                .map(MAPPER)
                .findOne();
    }

    @Override
    public Page<Warehouse> list(BusinessId business, WarehouseFilter filter, PageRequest page) {
        SqlWhere where = new SqlWhere()
                .and("w.business_id = :business", "business", business.value())
                .andIf("w.is_active = :active", "active", filter.active())
                .andIf("w.name ILIKE :search", "search",
                        filter.search() == null ? null : SqlWhere.contains(filter.search()));
        return where.page(tx.handle(), "SELECT " + COLUMNS, "FROM warehouse w", "ORDER BY lower(w.name), w.id",
                MAPPER, page);
    }
}
