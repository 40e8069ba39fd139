package io.salescore.application.inventory.port.out;

import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: holds of stock, and the {@code reserved} counter on storefront inventory rows that sums the ACTIVE ones.
 * Stock is taken by guarded updates of that counter ({@code quantity - reserved >= q}), so the check and the
 * write are one statement that serialises on the inventory row. Every method runs in the caller's transaction
 * and locks in the documented order: inventory rows, then holds.
 */
public interface ReservationRepository {

    /**
     * Takes {@code hold.quantity()} on the counter if that much is unreserved and inserts the hold, in one
     * statement. False, changing nothing, when there is not enough.
     */
    boolean hold(BusinessId business, Reservation hold);

    /**
     * {@link #hold} and, when it succeeds, the sale's other live holds slide to the new hold's expiry, all in one
     * statement (add_item: the hot inventory row stays locked for one statement and the commit only).
     */
    boolean holdAndSlideSale(BusinessId business, Reservation hold, Instant now);

    /**
     * Changes the quantity of an ACTIVE hold in place, moving the counter by the difference (guarded when it
     * grows). False, changing nothing, when a growth does not fit.
     */
    boolean resize(BusinessId business, Reservation hold, Quantity newQuantity);

    /**
     * Ends the ACTIVE holds of a sale (or of one of its lines): live ones become RELEASED with {@code reason},
     * due ones EXPIRED; the counter drops by both. Returns what ended, as it was before.
     */
    Ended endHolds(BusinessId business, SaleId sale, Optional<SaleItemId> line, ReleaseReason reason, Instant now);

    /** What {@link #endHolds} ended. */
    record Ended(List<Reservation> released, List<Reservation> expired) {
    }

    /** Moves the expiry of every live hold of the sale to {@code until}. Returns how many. */
    int extendLive(BusinessId business, SaleId sale, Instant now, Instant until);

    /**
     * Checkout: takes the sold quantities off the inventory rows (and off the counter), in (storefront,
     * product) order, turns the sale's ACTIVE holds COMMITTED and writes SALE movements. Precondition: every
     * line holds exactly one live hold of its own quantity (checkout step 2 makes it so), so the counter
     * drops by exactly what the committed holds held.
     */
    void commitSale(BusinessId business, StorefrontId storefront, SaleId sale, Map<ProductId, BigDecimal> sold,
                    UserId user, Instant now);

    /**
     * Marks the ACTIVE holds of one storefront product whose time has passed ({@code expires_at <= now}) as
     * EXPIRED and lowers the counter by their quantity. Returns them as they were before (ACTIVE).
     */
    List<Reservation> expireDue(BusinessId business, StorefrontId storefront, ProductId product, Instant now);

    /** A hold that ran out of time, with the business it belongs to. */
    record Due(io.salescore.domain.shared.BusinessId business, Reservation reservation) {
    }

    /**
     * The sweeper's step: marks up to {@code limit} due holds EXPIRED and lowers the counters. It takes the
     * inventory rows with {@code FOR UPDATE SKIP LOCKED}, then their holds the same way, so it never waits and
     * several instances sweeping at once never take the same hold. Returns what it expired (as it was).
     */
    List<Due> expireDueBatch(Instant now, int limit);

    /** Due holds, oldest expiry first, without changing anything (for dry runs). */
    List<Due> findDue(Instant now, int limit);

    /** Σ quantity of live holds ({@code ACTIVE and expires_at > now}) of one storefront product. */
    BigDecimal liveHeld(BusinessId business, StorefrontId storefront, ProductId product, Instant now);

    /** Unreserved stock by the one formula: inventory quantity − Σ live holds (0 when never stocked). */
    BigDecimal available(BusinessId business, StorefrontId storefront, ProductId product, Instant now);

    /** A reservation row with the name of its product, as listings show it. */
    record Named(Reservation reservation, String productName) {
    }

    /** Every reservation row of a sale, oldest first, with product names. */
    List<Named> ofSale(BusinessId business, SaleId sale);
}
