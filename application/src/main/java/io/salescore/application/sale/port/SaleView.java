package io.salescore.application.sale.port;

import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.shared.SaleItemId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A sale as shown: the aggregate plus the names that go with it and each line's newest reservation row
 * (whatever its status). Also what {@code lockForUpdate} returns, so a use case answers without reading again.
 */
public record SaleView(Sale sale, String storefrontName, String storefrontCode, String userName,
                       String customerName, Map<SaleItemId, Reservation> reservations, Receipt receipt,
                       String businessName) {

    /** Names frozen at completion, as the receipt shows them. */
    public record Receipt(String customerName, String customerPhone, String cashierName) {
    }

    public SaleView {
        reservations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reservations));
    }

    /** A view without the business's name (null). */
    public SaleView(Sale sale, String storefrontName, String storefrontCode, String userName, String customerName,
                    Map<SaleItemId, Reservation> reservations, Receipt receipt) {
        this(sale, storefrontName, storefrontCode, userName, customerName, reservations, receipt, null);
    }

    public Optional<Reservation> reservationOf(SaleItemId line) {
        return Optional.ofNullable(reservations.get(line));
    }

    /** The line's hold if it is live now. */
    public Optional<Reservation> liveHoldOf(SaleItemId line, Instant now) {
        return reservationOf(line).filter(r -> r.isLive(now));
    }

    public SaleLine line(SaleItemId id) {
        return sale.line(id);
    }

    /** The same view with a line's newest reservation replaced. */
    public SaleView withReservation(SaleItemId line, Reservation reservation) {
        Map<SaleItemId, Reservation> copy = new LinkedHashMap<>(reservations);
        if (reservation == null) {
            copy.remove(line);
        } else {
            copy.put(line, reservation);
        }
        return new SaleView(sale, storefrontName, storefrontCode, userName, customerName, copy, receipt, businessName);
    }

    /**
     * The same view with the holds of {@code lines} as they were found locked: the line's ACTIVE hold from
     * {@code active}, or, when the view still showed one that is gone from there (ended meanwhile by the sweeper
     * or another till), that one as EXPIRED.
     */
    public SaleView withLockedHolds(java.util.Collection<SaleItemId> lines, java.util.List<Reservation> active,
                                    Instant now) {
        Map<SaleItemId, Reservation> copy = new LinkedHashMap<>(reservations);
        for (SaleItemId line : lines) {
            Optional<Reservation> found = active.stream().filter(r -> r.saleItemId().equals(line)).findFirst();
            Reservation shown = reservations.get(line);
            if (found.isPresent()) {
                copy.put(line, found.get());
            } else if (shown != null && shown.status() == io.salescore.domain.inventory.ReservationStatus.ACTIVE) {
                copy.put(line, shown.ended(io.salescore.domain.inventory.ReservationStatus.EXPIRED, now,
                        io.salescore.domain.inventory.ReleaseReason.EXPIRED));
            }
        }
        return new SaleView(sale, storefrontName, storefrontCode, userName, customerName, copy, receipt, businessName);
    }

    /** The same view with every live hold's expiry moved to {@code until} (sliding expiry). */
    public SaleView withLiveHoldsExtended(Instant now, Instant until) {
        Map<SaleItemId, Reservation> copy = new LinkedHashMap<>();
        reservations.forEach((line, r) -> copy.put(line, r.isLive(now) ? r.withExpiry(until) : r));
        return new SaleView(sale, storefrontName, storefrontCode, userName, customerName, copy, receipt, businessName);
    }

    /** The same view showing another customer's name. */
    public SaleView withCustomerName(String name) {
        return new SaleView(sale, storefrontName, storefrontCode, userName, name, reservations, receipt, businessName);
    }
}
