package io.salescore.adapter.persistence.inventory;

import io.salescore.application.inventory.port.BatchIn;
import io.salescore.application.inventory.port.LiveHold;
import io.salescore.application.inventory.port.Availability;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.application.inventory.port.out.AvailabilityQuery;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Availability in three statements whatever the number of holds: the inventory row, the live holds (an index
 * range scan on {@code reservation_active_idx}, filtered on the expiry), the batches transferred in.
 */
public final class JdbiAvailabilityQuery implements AvailabilityQuery {

    private final JdbiUnitOfWork tx;

    public JdbiAvailabilityQuery(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Availability> find(BusinessId business, StorefrontId storefront, ProductId product, Instant now) {
        Optional<BigDecimal> quantity = tx.handle().createQuery("""
                        SELECT coalesce(i.quantity, 0) AS quantity
                        FROM storefront st
                        JOIN product p ON p.business_id = st.business_id AND p.id = :p
                        LEFT JOIN storefront_inventory i
                               ON i.business_id = st.business_id AND i.storefront_id = st.id AND i.product_id = p.id
                        WHERE st.business_id = :b AND st.id = :s""")
                .bind("b", business).bind("s", storefront).bind("p", product)
                .mapTo(BigDecimal.class).findOne();
        if (quantity.isEmpty()) {
            return Optional.empty();
        }
        List<LiveHold> holds = tx.handle().createQuery("""
                        SELECT r.id, r.sale_id, r.quantity, c.name AS customer_name, r.expires_at, r.created_at
                        FROM reservation r
                        JOIN sale s ON s.business_id = r.business_id AND s.id = r.sale_id
                        JOIN customer c ON c.business_id = s.business_id AND c.id = s.customer_id
                        WHERE r.business_id = :b AND r.storefront_id = :s AND r.product_id = :p
                          AND r.status = 'ACTIVE' AND r.expires_at > :now
                        ORDER BY r.expires_at, r.id""")
                .bind("b", business).bind("s", storefront).bind("p", product)
                .bind("now", now)
                .map((rs, ctx) -> new LiveHold(ReservationId.of(Rows.uuid(rs, "id")), SaleId.of(Rows.uuid(rs, "sale_id")),
                        rs.getBigDecimal("quantity"), rs.getString("customer_name"), Rows.instant(rs, "expires_at"),
                        Rows.instant(rs, "created_at")))
                .list();
        List<BatchIn> batches = tx.handle().createQuery("""
                        SELECT sp.id, t.transferred, sp.remaining_quantity, sp.retail_price, sp.wholesale_price,
                               sp.expiry_date, w.name AS warehouse_name
                        FROM (SELECT stock_product_id, sum(quantity) AS transferred FROM stock_transfer
                              WHERE business_id = :b AND storefront_id = :s AND product_id = :p
                              GROUP BY stock_product_id) t
                        JOIN stock_product sp ON sp.business_id = :b AND sp.id = t.stock_product_id
                        JOIN warehouse w ON w.business_id = sp.business_id AND w.id = sp.warehouse_id
                        ORDER BY sp.created_at DESC, sp.id DESC""")
                .bind("b", business).bind("s", storefront).bind("p", product)
                .map((rs, ctx) -> {
                    BigDecimal wholesale = rs.getBigDecimal("wholesale_price");
                    return new BatchIn(StockProductId.of(Rows.uuid(rs, "id")), rs.getBigDecimal("transferred"),
                            rs.getBigDecimal("remaining_quantity"), new Money(rs.getBigDecimal("retail_price")),
                            wholesale == null ? Optional.empty() : Optional.of(new Money(wholesale)),
                            Optional.ofNullable(rs.getObject("expiry_date", LocalDate.class)),
                            rs.getString("warehouse_name"));
                })
                .list();
        return Optional.of(new Availability(storefront, product, quantity.get(), holds, batches));
    }
}
