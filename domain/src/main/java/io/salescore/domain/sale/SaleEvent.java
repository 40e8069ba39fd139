package io.salescore.domain.sale;

import io.salescore.domain.shared.CustomerId;

import java.util.List;

/**
 * What a change did to a sale, as the {@link Sale} aggregate records it while it changes (its methods record one
 * event per change that changed something, none for a no-op). The events carry facts in domain terms only; the
 * application turns each into its one audit entry, and takes them with {@link Sale#takeEvents()} so none is lost or
 * written twice. The hierarchy is sealed and every event is visited by {@link Visitor}, so adding one fails to
 * compile until each reader handles it.
 */
public sealed interface SaleEvent {

    <R> R accept(Visitor<R> visitor);

    /** One method per event: the compiler checks a reader handles them all. */
    interface Visitor<R> {
        R opened(Opened event);

        R updated(Updated event);

        R lineAdded(LineAdded event);

        R lineChanged(LineChanged event);

        R lineRemoved(LineRemoved event);

        R customerChanged(CustomerChanged event);

        R typeChanged(TypeChanged event);

        R paymentRecorded(PaymentRecorded event);

        R completed(Completed event);

        R cancelled(Cancelled event);
    }

    /** A new DRAFT sale. */
    record Opened() implements SaleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.opened(this);
        }
    }

    /** Sale-level amounts, notes or payment type changed: the header before and after. */
    record Updated(Sale.State before, Sale.State after) implements SaleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.updated(this);
        }
    }

    record LineAdded(SaleLine line) implements SaleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lineAdded(this);
        }
    }

    /** A line's terms changed (never recorded when they stayed the same). */
    record LineChanged(SaleLine before, SaleLine after) implements SaleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lineChanged(this);
        }
    }

    record LineRemoved(SaleLine line) implements SaleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lineRemoved(this);
        }
    }

    record CustomerChanged(CustomerId from, CustomerId to) implements SaleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.customerChanged(this);
        }
    }

    /** RETAIL ↔ WHOLESALE, with the lines it re-priced. */
    record TypeChanged(SaleType from, SaleType to, List<Sale.Repricing> repriced) implements SaleEvent {
        public TypeChanged {
            repriced = List.copyOf(repriced);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.typeChanged(this);
        }
    }

    /** A payment taken on a part-paid or pending sale, and the status it moved the sale from and to. */
    record PaymentRecorded(Payment payment, SaleStatus from, SaleStatus to) implements SaleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paymentRecorded(this);
        }
    }

    /** Checkout: the sale got its receipt and its outcome (COMPLETED, PARTIAL or PENDING). */
    record Completed(SaleStatus outcome) implements SaleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.completed(this);
        }
    }

    /** The sale became CANCELLED: a draft abandoned, or a sale with a receipt cancelled by a full refund. */
    record Cancelled(SaleStatus from) implements SaleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cancelled(this);
        }
    }
}
