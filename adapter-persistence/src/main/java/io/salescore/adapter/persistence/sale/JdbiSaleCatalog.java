package io.salescore.adapter.persistence.sale;

import io.salescore.application.sale.port.SaleBusiness;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The catalogue as sales read it: one statement per question. */
public final class JdbiSaleCatalog implements SaleCatalog {

    private final JdbiUnitOfWork tx;

    public JdbiSaleCatalog(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public SaleBusiness business(BusinessId business) {
        return tx.handle().createQuery("SELECT name, currency, timezone FROM business WHERE id = :b")
                .bind("b", business)
                .map((rs, ctx) -> new SaleBusiness(rs.getString("name"), rs.getString("currency").trim(),
                        rs.getString("timezone")))
                .one();
    }

    @Override
    public io.salescore.domain.account.BusinessSettings settings(BusinessId business) {
        return new io.salescore.adapter.persistence.business.JdbiBusinessRepository(tx).settings(business);
    }

    @Override
    public Optional<Storefront> storefront(BusinessId business, StorefrontId storefront) {
        return tx.handle().createQuery("SELECT id, name, code, is_active FROM storefront WHERE business_id = :b AND id = :id")
                .bind("b", business).bind("id", storefront)
                .map((rs, ctx) -> new Storefront(StorefrontId.of(Rows.uuid(rs, "id")), rs.getString("name"),
                        rs.getString("code"), rs.getBoolean("is_active")))
                .findOne();
    }

    @Override
    public Optional<Customer> customerOrWalkIn(BusinessId business, Optional<CustomerId> customer) {
        return tx.handle().createQuery("""
                        SELECT id, name, is_active, is_walk_in, customer_type FROM customer
                        WHERE business_id = :b AND (id = :id OR (CAST(:id AS uuid) IS NULL AND is_walk_in))""")
                .bind("b", business).bind("id", customer.map(CustomerId::value).orElse(null))
                .map((rs, ctx) -> new Customer(CustomerId.of(Rows.uuid(rs, "id")), rs.getString("name"),
                        rs.getBoolean("is_active"), rs.getBoolean("is_walk_in"),
                        "WHOLESALE".equals(rs.getString("customer_type"))))
                .findOne();
    }

    @Override
    public Optional<PricedProduct> product(BusinessId business, StorefrontId storefront, ProductId product,
                                           Optional<StockProductId> stockProduct) {
        return tx.handle().createQuery("""
                        SELECT p.id, p.name, p.sku, p.unit, p.is_active, p.tax_rate,
                               b.id AS batch_id, b.retail_price, b.wholesale_price
                        FROM product p
                        LEFT JOIN LATERAL (
                            SELECT sp.id, sp.retail_price, sp.wholesale_price FROM stock_product sp
                            WHERE sp.business_id = p.business_id AND sp.product_id = p.id
                              AND (CAST(:given AS uuid) IS NULL OR sp.id = :given)
                            ORDER BY EXISTS (SELECT 1 FROM stock_transfer t
                                             WHERE t.business_id = sp.business_id AND t.storefront_id = :s
                                               AND t.product_id = sp.product_id AND t.stock_product_id = sp.id) DESC,
                                     sp.created_at DESC, sp.id DESC
                            LIMIT 1
                        ) b ON true
                        WHERE p.business_id = :b AND p.id = :p""")
                .bind("b", business)
                .bind("s", storefront)
                .bind("p", product)
                .bind("given", stockProduct.map(StockProductId::value).orElse(null))
                .map((rs, ctx) -> new PricedProduct(ProductId.of(Rows.uuid(rs, "id")), rs.getString("name"),
                        rs.getString("sku"), rs.getString("unit"), rs.getBoolean("is_active"), batch(rs),
                        new io.salescore.domain.shared.Percentage(rs.getBigDecimal("tax_rate"))))
                .findOne();
    }

    private static Optional<Batch> batch(ResultSet rs) throws SQLException {
        UUID id = Rows.uuid(rs, "batch_id");
        if (id == null) {
            return Optional.empty();
        }
        BigDecimal wholesale = rs.getBigDecimal("wholesale_price");
        return Optional.of(new Batch(StockProductId.of(id), new Money(rs.getBigDecimal("retail_price")),
                wholesale == null ? Optional.empty() : Optional.of(new Money(wholesale))));
    }

    @Override
    public List<Batch> batches(BusinessId business, List<StockProductId> ids) {
        return tx.handle().createQuery("""
                        SELECT id AS batch_id, retail_price, wholesale_price FROM stock_product
                        WHERE business_id = :b AND id = ANY(:ids)""")
                .bind("b", business)
                .bind("ids", ids.stream().map(StockProductId::value).toArray(UUID[]::new))
                .map((rs, ctx) -> batch(rs).orElseThrow())
                .list();
    }
}
