package io.salescore.adapter.persistence.catalog;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.adapter.persistence.common.SqlWhere;
import io.salescore.application.catalog.port.StockProductFilter;
import io.salescore.application.catalog.port.StockProductView;
import io.salescore.application.catalog.port.out.StockProductRepository;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.WarehouseId;
import org.jdbi.v3.core.mapper.RowMapper;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Batches in PostgreSQL; a transfer's draw is one guarded UPDATE, so the remainder never goes below zero. */
public final class JdbiStockProductRepository implements StockProductRepository {

    private static final String SELECT = """
            SELECT sp.id, sp.business_id, sp.product_id, sp.warehouse_id, sp.quantity, sp.remaining_quantity,
                   sp.unit_cost, sp.retail_price, sp.wholesale_price, sp.expiry_date, sp.supplier, sp.created_at,
                   sp.updated_at, p.name AS product_name, w.name AS warehouse_name""";
    private static final String FROM = """
            FROM stock_product sp
            JOIN product p ON p.business_id = sp.business_id AND p.id = sp.product_id
            JOIN warehouse w ON w.business_id = sp.business_id AND w.id = sp.warehouse_id""";
    private static final String NEWEST_FIRST = "ORDER BY sp.created_at DESC, sp.id DESC";

    private static final RowMapper<StockProductView> MAPPER = (rs, ctx) -> {
        BigDecimal wholesale = rs.getBigDecimal("wholesale_price");
        Date expiry = rs.getDate("expiry_date");
        StockProduct batch = StockProduct.restore(new StockProduct.State(
                StockProductId.of(Rows.uuid(rs, "id")), BusinessId.of(Rows.uuid(rs, "business_id")),
                ProductId.of(Rows.uuid(rs, "product_id")), WarehouseId.of(Rows.uuid(rs, "warehouse_id")),
                new Quantity(rs.getBigDecimal("quantity")), rs.getBigDecimal("remaining_quantity"),
                new Money(rs.getBigDecimal("unit_cost")), new Money(rs.getBigDecimal("retail_price")),
                wholesale == null ? null : new Money(wholesale), expiry == null ? null : expiry.toLocalDate(),
                rs.getString("supplier"), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at")));
        return new StockProductView(batch, rs.getString("product_name"), rs.getString("warehouse_name"));
    };

    private final JdbiUnitOfWork tx;

    public JdbiStockProductRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public void insert(StockProduct batch) {
        StockProduct.State s = batch.state();
        tx.handle().createUpdate("""
                        INSERT INTO stock_product (business_id, id, product_id, warehouse_id, quantity,
                                                   remaining_quantity, unit_cost, retail_price, wholesale_price,
                                                   expiry_date, supplier, created_at, updated_at)
                        VALUES (:business, :id, :product, :warehouse, :quantity, :remaining, :cost, :retail,
                                :wholesale, :expiry, :supplier, :created, :updated)""")
                .bind("business", s.businessId())
                .bind("id", s.id())
                .bind("product", s.productId())
                .bind("warehouse", s.warehouseId())
                .bind("quantity", s.quantity().value())
                .bind("remaining", s.remainingQuantity())
                .bind("cost", s.unitCost().amount())
                .bind("retail", s.retailPrice().amount())
                .bind("wholesale", s.wholesalePrice() == null ? null : s.wholesalePrice().amount())
                .bindByType("expiry", s.expiryDate(), LocalDate.class)
                .bind("supplier", s.supplier())
                .bind("created", s.createdAt())
                .bind("updated", s.updatedAt())
                .execute();
    }

    @Override
    public void update(StockProduct batch) {
        StockProduct.State s = batch.state();
        tx.handle().createUpdate("""
                        UPDATE stock_product SET unit_cost = :cost, retail_price = :retail, wholesale_price = :wholesale,
                                                 expiry_date = :expiry, supplier = :supplier, updated_at = :updated
                        WHERE business_id = :business AND id = :id""")
                .bind("business", s.businessId())
                .bind("id", s.id())
                .bind("cost", s.unitCost().amount())
                .bind("retail", s.retailPrice().amount())
                .bind("wholesale", s.wholesalePrice() == null ? null : s.wholesalePrice().amount())
                .bindByType("expiry", s.expiryDate(), LocalDate.class)
                .bind("supplier", s.supplier())
                .bind("updated", s.updatedAt())
                .execute();
    }

    @Override
    public Optional<StockProductView> find(BusinessId business, StockProductId id) {
        return find(business, id, "");
    }

    @Override
    public Optional<StockProductView> findForUpdate(BusinessId business, StockProductId id) {
        return find(business, id, " FOR UPDATE OF sp");
    }

    private Optional<StockProductView> find(BusinessId business, StockProductId id, String lock) {
        return tx.handle().createQuery(SELECT + " " + FROM + " WHERE sp.business_id = :business AND sp.id = :id"
                        + lock)
                .bind("business", business)
                .bind("id", id)
                .map(MAPPER)
                .findOne();
    }

    @Override
    public Page<StockProductView> list(BusinessId business, StockProductFilter filter, PageRequest page) {
        SqlWhere where = new SqlWhere()
                .and("sp.business_id = :business", "business", business.value())
                .andIf("sp.product_id = :product", "product",
                        filter.product() == null ? null : filter.product().value())
                .andIf("sp.warehouse_id = :warehouse", "warehouse",
                        filter.warehouse() == null ? null : filter.warehouse().value());
        return where.page(tx.handle(), SELECT, FROM, NEWEST_FIRST, MAPPER, page);
    }

    @Override
    public Optional<BigDecimal> draw(BusinessId business, StockProductId id, BigDecimal quantity, Instant now) {
        return tx.handle().createQuery("""
                        UPDATE stock_product SET remaining_quantity = remaining_quantity - :quantity, updated_at = :now
                        WHERE business_id = :business AND id = :id AND remaining_quantity >= :quantity
                        RETURNING remaining_quantity""")
                .bind("business", business)
                .bind("id", id)
                .bind("quantity", quantity)
                .bind("now", now)
                .mapTo(BigDecimal.class)
                .findOne();
    }

    @Override
    public List<StockProductView> batchesOf(BusinessId business, ProductId product) {
        return tx.handle().createQuery(SELECT + " " + FROM
                        + " WHERE sp.business_id = :business AND sp.product_id = :product " + NEWEST_FIRST)
                .bind("business", business)
                .bind("product", product)
                .map(MAPPER)
                .list();
    }
}
