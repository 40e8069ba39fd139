package io.salescore.application.sale.port.out;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.sale.LineChanges;
import io.salescore.domain.sale.Payment;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleEvent;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: sales with their lines and payments. Writes run in the caller's transaction. */
public interface SaleRepository {

    /**
     * The sale, locked ({@code FOR UPDATE}) for the rest of the transaction, with its lines, each line's newest
     * reservation and (unless DRAFT) its payments, read in one round trip.
     */
    Optional<SaleView> lockForUpdate(BusinessId business, SaleId sale);

    /** The sale that owns a line, locked like {@link #lockForUpdate}. */
    Optional<SaleView> lockForUpdateByLine(BusinessId business, SaleItemId line);

    Optional<SaleView> find(BusinessId business, SaleId sale);

    /** A sale by its id alone, whatever its business (for signed receipt links, which name only the sale). */
    Optional<SaleView> findAnywhere(SaleId sale);

    /** A page of sales, newest first, with lines, reservations and payments (no query per sale). */
    Page<SaleView> list(SaleFilter filter, PageRequest page);

    /** A sale's identity across businesses. */
    record SaleRef(BusinessId business, SaleId sale) {
    }

    /**
     * Locks up to {@code limit} DRAFT sales untouched since {@code olderThan} ({@code FOR UPDATE SKIP LOCKED}:
     * sales being edited, or taken by another instance's sweeper, are left alone).
     */
    List<SaleRef> lockStaleDrafts(Instant olderThan, int limit);

    void insert(Sale sale);

    /**
     * Writes a change the sale recorded ({@code changes}, its {@link SaleEvent}s): the
     * header (status, customer, type, amounts, totals, notes, version, receipt number, times) and, in the same
     * round trip, the lines the change added, changed or re-priced (as the sale now has them) and removed
     * ({@link LineChanges} works them out).
     */
    void update(Sale sale, List<SaleEvent> changes);

    /**
     * Writes the header of a sale that just completed, freezing the names its receipt shows, and inserts the
     * checkout's payments (none for a credit sale), in one round trip. The checkout and its payments go into a till
     * session: {@code session} when the caller named one (already checked and locked by the use case), else
     * {@code completedBy}'s OPEN session at the sale's storefront, if any (none when {@code completedBy} is null).
     * Returns that session and whose drawer it is; an adapter without till sessions returns empty.
     */
    Optional<Drawer> updateCompleted(Sale sale, List<Payment> payments, String cashierName, UserId completedBy,
                                     UUID session);

    /** The till session a checkout landed in, and whose drawer it is (for the audit entry). */
    record Drawer(UUID session, UserId owner) {
    }

    /**
     * Payments of a sale already completed (a part-paid or credit sale paid later), into {@code session} when the
     * caller named one, else the payer's own OPEN session at the sale's storefront, if any; returns it as
     * {@link #updateCompleted} does.
     */
    Optional<Drawer> insertPayments(Sale sale, List<Payment> payments, UUID session);
}
