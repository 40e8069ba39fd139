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
 * Port: the holds of sales and the {@code reserved} counter on storefront inventory rows that sums the ACTIVE ones,
 * as the sale use cases change them. Stock is taken by guarded updates of that counter
 * ({@code quantity - reserved >= q}), so the check and the write are one statement that serialises on the
 * inventory row. Every method runs in the caller's transaction and locks in the documented order: inventory rows,
 * then holds.
 */
public interface HoldLedger {

    /**
     * The first step of every use case that decides about a sale's holds: locks the inventory rows of
     * {@code products} at the storefront in (storefront, product) order, then the sale's ACTIVE holds of those
     * products, and returns those holds as they are now, oldest first. Until the transaction ends no sweeper and
     * no other till can end or change them, so what the caller concludes from them stays true while it writes.
     */
    List<Reservation> lockActiveHolds(BusinessId business, StorefrontId storefront, SaleId sale,
                                      java.util.Collection<ProductId> products);

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
     * Changes the quantity of an ACTIVE hold in place, moving the counter by the difference between the new
     * quantity and the stored one (guarded when it grows); the counter moves only when the hold row does. False,
     * changing nothing, when a growth does not fit or the hold is no longer ACTIVE.
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
     * Checkout: takes the sold quantities off the inventory rows, in (storefront, product) order, turns the
     * sale's ACTIVE holds COMMITTED, lowers the counter by exactly what those holds held and writes SALE
     * movements. Precondition: every line holds exactly one live hold of its own quantity, locked by
     * {@link #lockActiveHolds} (checkout step 2 makes it so). When the committed holds do not add up to the sold
     * quantities it changes nothing and throws {@link io.salescore.domain.shared.ConflictException}; when the
     * storefront or a sold product has been deactivated, it changes nothing and throws a
     * {@link io.salescore.domain.shared.ValidationException} naming it.
     */
    void commitSale(BusinessId business, StorefrontId storefront, SaleId sale, Map<ProductId, BigDecimal> sold,
                    UserId user, Instant now);

    /**
     * Marks the ACTIVE holds of one storefront product whose time has passed ({@code expires_at <= now}) as
     * EXPIRED and lowers the counter by their quantity. Returns them as they were before (ACTIVE).
     */
    List<Reservation> expireDue(BusinessId business, StorefrontId storefront, ProductId product, Instant now);

    /** Unreserved stock by the one formula: inventory quantity − Σ live holds (0 when never stocked). */
    BigDecimal available(BusinessId business, StorefrontId storefront, ProductId product, Instant now);
}
