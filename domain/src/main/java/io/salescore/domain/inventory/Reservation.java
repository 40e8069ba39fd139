package io.salescore.domain.inventory;

import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;

import java.time.Duration;
import java.time.Instant;

/**
 * A hold of stock in a storefront for one sale line. It is <em>live</em> while ACTIVE and
 * {@code expiresAt > now}; an ACTIVE hold past its expiry already is EXPIRED, whether or not a job has
 * marked it so. Rows are history: they are never deleted.
 */
public record Reservation(ReservationId id, SaleId saleId, SaleItemId saleItemId, StorefrontId storefrontId,
                          ProductId productId, StockProductId stockProductId, Quantity quantity,
                          ReservationStatus status, Instant expiresAt, Instant createdAt, Instant releasedAt,
                          ReleaseReason releaseReason) {

    /** A new ACTIVE hold that lives {@code ttl} from {@code now}. */
    public static Reservation hold(ReservationId id, SaleId saleId, SaleItemId saleItemId, StorefrontId storefront,
                                   ProductId product, StockProductId stockProduct, Quantity quantity, Instant now,
                                   Duration ttl) {
        return new Reservation(id, saleId, saleItemId, storefront, product, stockProduct, quantity,
                ReservationStatus.ACTIVE, now.plus(ttl), now, null, null);
    }

    public boolean isLive(Instant now) {
        return status == ReservationStatus.ACTIVE && expiresAt.isAfter(now);
    }

    /** The status as the API shows it: an ACTIVE hold whose time has passed is EXPIRED. */
    public ReservationStatus effectiveStatus(Instant now) {
        return status == ReservationStatus.ACTIVE && !expiresAt.isAfter(now) ? ReservationStatus.EXPIRED : status;
    }

    /** The same hold holding another quantity (edited in place). */
    public Reservation withQuantity(Quantity newQuantity) {
        return new Reservation(id, saleId, saleItemId, storefrontId, productId, stockProductId, newQuantity, status,
                expiresAt, createdAt, releasedAt, releaseReason);
    }

    /** The same hold living until {@code until} (sliding expiry of a live hold). */
    public Reservation withExpiry(Instant until) {
        return new Reservation(id, saleId, saleItemId, storefrontId, productId, stockProductId, quantity, status,
                until, createdAt, releasedAt, releaseReason);
    }

    /** The hold ended (COMMITTED, RELEASED or EXPIRED), with the time and reason. */
    public Reservation ended(ReservationStatus endStatus, Instant at, ReleaseReason reason) {
        if (status != ReservationStatus.ACTIVE) {
            throw new IllegalStateException("Only ACTIVE holds end; this one is " + status);
        }
        if (endStatus == null || endStatus == ReservationStatus.ACTIVE) {
            throw new IllegalArgumentException("A hold ends COMMITTED, RELEASED or EXPIRED, not " + endStatus);
        }
        return new Reservation(id, saleId, saleItemId, storefrontId, productId, stockProductId, quantity, endStatus,
                expiresAt, createdAt, at, reason);
    }
}
