package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.inventory.HoldEvents;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.InsufficientStockException;
import io.salescore.domain.shared.Quantity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Taking stock for a line. The guarded counter update decides; when it refuses, the product's holds that have
 * already expired (and still count on the counter) are released in the same transaction and it tries once more.
 * A second refusal is INSUFFICIENT_STOCK with what the line could hold right now.
 */
final class StockHolds {

    private final HoldLedger reservations;
    private final AuditLogRepository audit;

    StockHolds(HoldLedger reservations, AuditLogRepository audit) {
        this.reservations = reservations;
        this.audit = audit;
    }

    /**
     * Locks the holds of {@code lines} (their inventory rows first, in the lock order) and returns the view with
     * those holds as they are now. Whatever the caller then decides about these holds, no sweeper or other till
     * can change them before its transaction ends.
     */
    io.salescore.application.sale.port.SaleView lock(Actor actor,
                                                          io.salescore.application.sale.port.SaleView view,
                                                          List<io.salescore.domain.sale.SaleLine> lines, Instant now) {
        if (lines.isEmpty()) {
            return view;
        }
        var sale = view.sale();
        List<Reservation> active = reservations.lockActiveHolds(actor.businessId(), sale.storefrontId(), sale.id(),
                lines.stream().map(io.salescore.domain.sale.SaleLine::productId).distinct().toList());
        return view.withLockedHolds(lines.stream().map(io.salescore.domain.sale.SaleLine::id).toList(), active, now);
    }

    /**
     * A new hold for a line that has no live one. A previous hold still ACTIVE but past its time is expired first
     * (a line has at most one ACTIVE hold).
     */
    void rehold(Actor actor, java.util.Optional<Reservation> previous, Reservation hold, String refusal,
                boolean nameLine, Instant now) {
        if (previous.filter(r -> r.status() == io.salescore.domain.inventory.ReservationStatus.ACTIVE).isPresent()) {
            expireDue(actor, hold, now);
        }
        hold(actor, hold, refusal, nameLine, now);
    }

    /** A new hold for a line (re-hold after expiry or release). */
    void hold(Actor actor, Reservation hold, String refusal, boolean nameLine, Instant now) {
        take(actor, hold, refusal, nameLine, now, () -> reservations.hold(actor.businessId(), hold));
    }

    /** A new hold for a new line, sliding the sale's other live holds to its expiry in the same statement. */
    void holdAndSlideSale(Actor actor, Reservation hold, String refusal, Instant now) {
        take(actor, hold, refusal, false, now, () -> reservations.holdAndSlideSale(actor.businessId(), hold, now));
    }

    private void take(Actor actor, Reservation hold, String refusal, boolean nameLine, Instant now,
                      java.util.function.BooleanSupplier attempt) {
        if (attempt.getAsBoolean()) {
            return;
        }
        if (expireDue(actor, hold, now) && attempt.getAsBoolean()) {
            return;
        }
        throw refused(actor.businessId(), hold, hold.quantity(), BigDecimal.ZERO, refusal, nameLine, now);
    }

    /** Grows or shrinks a live hold in place; {@code ownQuantity} of the line's own hold counts for itself. */
    void resize(Actor actor, Reservation hold, Quantity newQuantity, String refusal, Instant now) {
        BusinessId business = actor.businessId();
        if (reservations.resize(business, hold, newQuantity)) {
            return;
        }
        if (expireDue(actor, hold, now) && reservations.resize(business, hold, newQuantity)) {
            return;
        }
        throw refused(business, hold, newQuantity, hold.quantity().value(), refusal, false, now);
    }

    /** Releases the product's due holds, with their audit entries; true when there were any. */
    private boolean expireDue(Actor actor, Reservation hold, Instant now) {
        List<Reservation> expired = reservations.expireDue(actor.businessId(), hold.storefrontId(), hold.productId(), now);
        if (expired.isEmpty()) {
            return false;
        }
        audit.append(actor, now, expired.stream().map(r -> HoldEvents.released(r, ReleaseReason.EXPIRED)).toList());
        return true;
    }

    private InsufficientStockException refused(BusinessId business, Reservation hold, Quantity requested,
                                               BigDecimal ownHold, String refusal, boolean nameLine, Instant now) {
        BigDecimal available = reservations.available(business, hold.storefrontId(), hold.productId(), now).add(ownHold);
        return InsufficientStockException.forLine(refusal, available, requested, hold.stockProductId(),
                hold.productId(), nameLine ? hold.saleItemId() : null);
    }
}
