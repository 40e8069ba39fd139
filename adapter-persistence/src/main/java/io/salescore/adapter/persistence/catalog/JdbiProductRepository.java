package io.salescore.adapter.persistence.catalog;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.adapter.persistence.common.SqlWhere;
import io.salescore.application.catalog.port.ProductFilter;
import io.salescore.application.catalog.port.out.ProductRepository;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.ProductId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Products in PostgreSQL; the unique (business, sku) constraint decides DUPLICATE_SKU. */
public final class JdbiProductRepository implements ProductRepository {

    static final String COLUMNS = "p.id, p.business_id, p.name, p.sku, p.barcode, p.unit, p.description, "
            + "p.is_active, p.created_at, p.updated_at, p.tax_rate";

    static final RowMapper<Product> MAPPER = (rs, ctx) -> Product.restore(new Product.State(
            ProductId.of(Rows.uuid(rs, "id")), BusinessId.of(Rows.uuid(rs, "business_id")), rs.getString("name"),
            rs.getString("sku"), rs.getString("barcode"), rs.getString("unit"), rs.getString("description"),
            rs.getBoolean("is_active"), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"),
            new io.salescore.domain.shared.Percentage(rs.getBigDecimal("tax_rate"))));

    private final JdbiUnitOfWork tx;

    public JdbiProductRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Product product) {
        write(tx.handle().createUpdate("""
                INSERT INTO product (business_id, id, name, sku, barcode, unit, description, is_active,
                                     created_at, updated_at, tax_rate)
                VALUES (:business, :id, :name, :sku, :barcode, :unit, :description, :active, :created, :updated,
                        :taxRate)"""),
                product);
    }

    @Override
    public void update(Product product) {
        write(tx.handle().createUpdate("""
                UPDATE product SET name = :name, sku = :sku, barcode = :barcode, unit = :unit,
                                   description = :description, is_active = :active, updated_at = :updated,
                                   tax_rate = :taxRate
                WHERE business_id = :business AND id = :id"""), product);
    }

    private static void write(Update update, Product product) {
        Product.State s = product.state();
        try {
            update.bind("business", s.businessId())
                    .bind("id", s.id())
                    .bind("name", s.name())
                    .bind("sku", s.sku())
                    .bind("barcode", s.barcode())
                    .bind("unit", s.unit())
                    .bind("description", s.description())
                    .bind("active", s.active())
                    .bind("created", s.createdAt())
                    .bind("updated", s.updatedAt())
                    .bind("taxRate", s.taxRate().value())
                    .execute();
        } catch (UnableToExecuteStatementException e) {
            if (JdbiUnitOfWork.isUniqueViolation(e, "product_business_id_sku_key")) {
                throw duplicateSku();
            }
            throw e;
        }
    }

    static ConflictException duplicateSku() {
        return new ConflictException("DUPLICATE_SKU", "A product with this SKU already exists.",
                Map.of("sku", List.of("A product with this SKU already exists.")));
    }

    @Override
    public Optional<Product> find(BusinessId business, ProductId id) {
        return find(business, id, "");
    }

    @Override
    public boolean hasFractionalQuantities(BusinessId business, ProductId id) {
        return tx.handle().createQuery("""
                        SELECT EXISTS (SELECT 1 FROM storefront_inventory
                                       WHERE business_id = :business AND product_id = :id
                                         AND (quantity <> trunc(quantity) OR reserved <> trunc(reserved)))
                            OR EXISTS (SELECT 1 FROM stock_product
                                       WHERE business_id = :business AND product_id = :id
                                         AND (quantity <> trunc(quantity)
                                              OR remaining_quantity <> trunc(remaining_quantity)))
                            OR EXISTS (SELECT 1 FROM sale_item
                                       WHERE business_id = :business AND product_id = :id
                                         AND quantity <> trunc(quantity))""")
                .bind("business", business)
                .bind("id", id)
                .mapTo(Boolean.class)
                .one();
    }

    @Override
    public Optional<Product> findForUpdate(BusinessId business, ProductId id) {
        return find(business, id, " FOR UPDATE");
    }

    private Optional<Product> find(BusinessId business, ProductId id, String lock) {
        return tx.handle().createQuery("SELECT " + COLUMNS + " FROM product p WHERE p.business_id = :business "
                        + "AND p.id = :id" + lock)
                .bind("business", business)
                .bind("id", id)
                .map(MAPPER)
                .findOne();
    }

    @Override
    public Page<Product> list(BusinessId business, ProductFilter filter, PageRequest page) {
        SqlWhere where = new SqlWhere()
                .and("p.business_id = :business", "business", business.value())
                .andIf("p.is_active = :active", "active", filter.active())
                .andIf("p.barcode = :barcode", "barcode", filter.barcode())
                .andIf("(p.name ILIKE :search OR p.sku ILIKE :search OR p.barcode ILIKE :search)", "search",
                        filter.search() == null ? null : SqlWhere.contains(filter.search()));
        return where.page(tx.handle(), "SELECT " + COLUMNS, "FROM product p", "ORDER BY lower(p.name), p.id",
                MAPPER, page);
    }
}
