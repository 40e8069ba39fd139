package io.salescore.adapter.persistence.inventory;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.adapter.persistence.common.SqlWhere;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.inventory.port.StorefrontFilter;
import io.salescore.application.inventory.port.out.StorefrontRepository;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.inventory.StorefrontCode;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Storefronts in PostgreSQL; the unique (business, code) constraint decides whether a code is free. */
public final class JdbiStorefrontRepository implements StorefrontRepository {

    private static final String COLUMNS = "s.id, s.business_id, s.name, s.location, s.code, s.is_active, "
            + "s.created_at, s.updated_at";

    private static final RowMapper<Storefront> MAPPER = (rs, ctx) -> Storefront.restore(new Storefront.State(
            StorefrontId.of(Rows.uuid(rs, "id")), BusinessId.of(Rows.uuid(rs, "business_id")), rs.getString("name"),
            rs.getString("location"), new StorefrontCode(rs.getString("code")), rs.getBoolean("is_active"),
            Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at")));

    private final JdbiUnitOfWork tx;

    public JdbiStorefrontRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public boolean insertIfCodeFree(Storefront storefront) {
        Storefront.State s = storefront.state();
        // ON CONFLICT DO NOTHING waits for a concurrent insert of the same code and then skips: the transaction
        // stays usable, so the caller can derive another code.
        return tx.handle().createUpdate("""
                        INSERT INTO storefront (business_id, id, name, location, code, is_active, created_at, updated_at)
                        VALUES (:business, :id, :name, :location, :code, :active, :created, :updated)
                        ON CONFLICT (business_id, code) DO NOTHING""")
                .bind("business", s.businessId())
                .bind("id", s.id())
                .bind("name", s.name())
                .bind("location", s.location())
                .bind("code", s.code().value())
                .bind("active", s.active())
                .bind("created", s.createdAt())
                .bind("updated", s.updatedAt())
                .execute() == 1;
    }

    @Override
    public void update(Storefront storefront) {
        Storefront.State s = storefront.state();
        try {
            tx.handle().createUpdate("""
                            UPDATE storefront SET name = :name, location = :location, code = :code,
                                                  is_active = :active, updated_at = :updated
                            WHERE business_id = :business AND id = :id""")
                    .bind("business", s.businessId())
                    .bind("id", s.id())
                    .bind("name", s.name())
                    .bind("location", s.location())
                    .bind("code", s.code().value())
                    .bind("active", s.active())
                    .bind("updated", s.updatedAt())
                    .execute();
        } catch (UnableToExecuteStatementException e) {
            if (JdbiUnitOfWork.isUniqueViolation(e, "storefront_business_id_code_key")) {
                throw ValidationException.field("code", "A storefront with this code already exists.");
            }
            throw e;
        }
    }

    @Override
    public Optional<Storefront> find(BusinessId business, StorefrontId id) {
        return find(business, id, "");
    }

    @Override
    public Optional<Storefront> findForUpdate(BusinessId business, StorefrontId id) {
        return find(business, id, " FOR UPDATE");
    }

    private Optional<Storefront> find(BusinessId business, StorefrontId id, String lock) {
        return tx.handle().createQuery("SELECT " + COLUMNS + " FROM storefront s WHERE s.business_id = :business "
                        + "AND s.id = :id" + lock)
                .bind("business", business)
                .bind("id", id)
                .map(MAPPER)
                .findOne();
    }

    @Override
    public Page<Storefront> list(BusinessId business, StorefrontFilter filter, Set<StorefrontId> within,
                                 PageRequest page) {
        SqlWhere where = new SqlWhere()
                .and("s.business_id = :business", "business", business.value())
                .andIf("s.is_active = :active", "active", filter.active())
                .andIf("s.name ILIKE :search", "search",
                        filter.search() == null ? null : SqlWhere.contains(filter.search()))
                .andIn("s.id = ANY (:within)", "within", ids(within));
        return where.page(tx.handle(), "SELECT " + COLUMNS, "FROM storefront s", "ORDER BY lower(s.name), s.id",
                MAPPER, page);
    }

    public static Set<UUID> ids(Set<StorefrontId> storefronts) {
        if (storefronts == null) {
            return null;
        }
        Set<UUID> ids = new HashSet<>();
        storefronts.forEach(s -> ids.add(s.value()));
        return ids;
    }

    @Override
    public Set<String> codesInUse(BusinessId business) {
        return new HashSet<>(tx.handle().createQuery("SELECT code FROM storefront WHERE business_id = :business")
                .bind("business", business)
                .mapTo(String.class)
                .list());
    }

    @Override
    public boolean hasReceipt(BusinessId business, StorefrontId id) {
        return tx.handle().createQuery("""
                        SELECT EXISTS (SELECT 1 FROM sale WHERE business_id = :business AND storefront_id = :id
                                                         AND receipt_number IS NOT NULL)""")
                .bind("business", business)
                .bind("id", id)
                .mapTo(Boolean.class)
                .one();
    }
}
