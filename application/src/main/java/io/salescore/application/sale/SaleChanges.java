package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleEvent;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The template of every change to a sale, so each use case writes only what is its own. In one transaction and in
 * the contract's order of errors: lock the sale row (404 when it is not the caller's business), then the body must
 * parse (400), then the storefront (403) and the caller's expected version (412), then the sale's status must
 * allow the change ({@code guard}, 400), then the use case's own {@code work}. The work ends with
 * {@link Change#save}: the sale row, its audit entries, and the sale's live holds slid to a full time from now.
 */
final class SaleChanges {

    private final UnitOfWork tx;
    private final SaleLocks locks;
    private final SaleRepository sales;
    private final HoldLedger reservations;
    private final AuditLogRepository audit;
    private final ReservationPolicy policy;
    private final Clock clock;

    SaleChanges(UnitOfWork tx, SaleRepository sales, HoldLedger reservations, AuditLogRepository audit,
                ReservationPolicy policy, Clock clock) {
        this.tx = tx;
        this.locks = new SaleLocks(sales);
        this.sales = sales;
        this.reservations = reservations;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** For use cases that end or keep the sale's holds and never slide them (abandon, record_payment, checkout). */
    SaleChanges(UnitOfWork tx, SaleRepository sales, AuditLogRepository audit, Clock clock) {
        this(tx, sales, null, audit, null, clock);
    }

    /** A change addressed by the sale's id. */
    <R> R onSale(Actor actor, SaleId sale, Optional<ExpectedVersion> expectedVersion, Input<?> body, Consumer<Sale> guard,
                 Function<Change, R> work) {
        return tx.inTransaction(() -> run(actor, locks.lock(actor, sale, expectedVersion, body), guard, work));
    }

    /** A change addressed by one of its lines (and the sale, when the route names it: another sale's line is 404). */
    <R> R onLine(Actor actor, Optional<SaleId> sale, SaleItemId line, Optional<ExpectedVersion> expectedVersion, Input<?> body,
                 Consumer<Sale> guard, Function<Change, R> work) {
        return tx.inTransaction(() -> run(actor, locks.lockByLine(actor, sale, line, expectedVersion, body), guard, work));
    }

    private <R> R run(Actor actor, SaleView view, Consumer<Sale> guard, Function<Change, R> work) {
        guard.accept(view.sale());
        return work.apply(new Change(actor, view, clock.instant()));
    }

    /** A body-less request: nothing to parse. */
    static Input<Boolean> noBody() {
        return Input.of(Boolean.TRUE);
    }

    /** The locked sale being changed, at one instant. */
    final class Change {

        private final Actor actor;
        private final SaleView view;
        private final Instant now;
        /** What {@link #recorded} took from the sale since the last write: what {@link #saveWithoutSliding} writes. */
        private final List<SaleEvent> taken = new ArrayList<>();

        private Change(Actor actor, SaleView view, Instant now) {
            this.actor = actor;
            this.view = view;
            this.now = now;
        }

        Actor actor() {
            return actor;
        }

        /** The sale as locked, with its lines, holds and customer name (what the answer is built from). */
        SaleView view() {
            return view;
        }

        Sale sale() {
            return view.sale();
        }

        Instant now() {
            return now;
        }

        /** When the sale's live holds expire once this change slides them. */
        Instant until() {
            if (policy == null) {
                throw new IllegalStateException("This use case was built not to slide holds");
            }
            return policy.expiryFrom(now);
        }

        /**
         * Writes the sale row and {@code events} (no entry when empty), then slides the sale's live holds to
         * {@link #until()}. Returns the locked view with its holds slid; the caller adds what else it changed.
         */
        SaleView save(List<AuditEvent> events) {
            if (reservations == null) {
                throw new IllegalStateException("This use case was built not to slide holds");
            }
            saveWithoutSliding(events);
            Instant until = until();
            reservations.extendLive(actor.businessId(), sale().id(), now, until);
            return view.withLiveHoldsExtended(now, until);
        }

        /** The sale row and {@code events} only: for a change that ends the holds, or whose hold statement slides
         * the others itself (add_item). */
        void saveWithoutSliding(List<AuditEvent> events) {
            requireAllTaken();
            sales.update(sale(), List.copyOf(taken));
            taken.clear();
            audit(events);
        }

        /**
         * Only the audit entries: for a change that writes the sale in its own statement (checkout). Every event
         * the sale recorded must be among them ({@link #recorded}): one left behind is a programming error, and
         * the transaction rolls back rather than leave a change unaudited.
         */
        void audit(List<AuditEvent> events) {
            requireAllTaken();
            if (!events.isEmpty()) {
                audit.append(actor, now, events);
            }
        }

        private void requireAllTaken() {
            if (sale().hasEvents()) {
                throw new IllegalStateException("The sale recorded events its use case did not audit: "
                        + sale().takeEvents());
            }
        }

        /** The audit entries of what the sale recorded during this change (see {@link SaleEvents}). */
        List<AuditEvent> recorded(SaleEvents.Facts facts) {
            List<SaleEvent> events = sale().takeEvents();
            taken.addAll(events);
            return SaleEvents.entries(sale(), events, facts);
        }

        /** {@link #recorded(SaleEvents.Facts)} for events that need nothing the sale does not hold. */
        List<AuditEvent> recorded() {
            return recorded(SaleEvents.Facts.NONE);
        }
    }
}
