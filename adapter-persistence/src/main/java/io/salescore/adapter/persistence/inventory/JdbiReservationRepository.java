package io.salescore.adapter.persistence.inventory;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Holds and the reserved counter in PostgreSQL. */
public final class JdbiReservationRepository implements ReservationRepository {

    private final JdbiUnitOfWork tx;

    public JdbiReservationRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public List<Reservation> expireDue(BusinessId business, StorefrontId storefront, ProductId product, Instant now) {
        // Lock order: the inventory row first, then the holds.
        return tx.handle().createQuery("""
                        WITH inv AS (
                            SELECT 1 FROM storefront_inventory
                            WHERE business_id = :b AND storefront_id = :s AND product_id = :p
                            FOR UPDATE
                        ), due AS (
                            SELECT r.* FROM reservation r, inv
                            WHERE r.business_id = :b AND r.storefront_id = :s AND r.product_id = :p
                              AND r.status = 'ACTIVE' AND r.expires_at <= :now
                            FOR UPDATE OF r
                        ), expired AS (
                            UPDATE reservation r SET status = 'EXPIRED', released_at = :now, release_reason = 'EXPIRED'
                            FROM due WHERE r.business_id = due.business_id AND r.id = due.id
                            RETURNING due.*
                        ), counter AS (
                            UPDATE storefront_inventory i SET reserved = i.reserved - x.total, updated_at = :now
                            FROM (SELECT sum(quantity) AS total FROM expired) x
                            WHERE x.total IS NOT NULL
                              AND i.business_id = :b AND i.storefront_id = :s AND i.product_id = :p
                        )
                        SELECT r.* FROM expired r ORDER BY r.created_at, r.id""")
                .bind("b", business.value())
                .bind("s", storefront.value())
                .bind("p", product.value())
                .bind("now", now)
                .map(ReservationRows.MAPPER)
                .list();
    }

    @Override
    public BigDecimal liveHeld(BusinessId business, StorefrontId storefront, ProductId product, Instant now) {
        return tx.handle().createQuery("""
                        SELECT coalesce(sum(quantity), 0) FROM reservation
                        WHERE business_id = :b AND storefront_id = :s AND product_id = :p
                          AND status = 'ACTIVE' AND expires_at > :now""")
                .bind("b", business.value())
                .bind("s", storefront.value())
                .bind("p", product.value())
                .bind("now", now)
                .mapTo(BigDecimal.class)
                .one();
    }
}
