package io.salescore.domain.sale;

import java.util.EnumSet;
import java.util.Set;

/**
 * The sale state machine, in one place:
 * DRAFT → COMPLETED | PARTIAL | PENDING (complete) or CANCELLED (abandon);
 * PENDING → PARTIAL | COMPLETED and PARTIAL → PARTIAL | COMPLETED (record_payment, or a refund that clears what
 * was due); COMPLETED | PARTIAL | PENDING → REFUNDED (refund of what is left) or CANCELLED (cancel: a full refund).
 * REFUNDED and CANCELLED are final. Nothing else moves.
 */
public enum SaleStatus {
    DRAFT, COMPLETED, PARTIAL, PENDING, REFUNDED, CANCELLED;

    /** The statuses this one may move to. PARTIAL → PARTIAL is a part payment that leaves money due. */
    public Set<SaleStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(COMPLETED, PARTIAL, PENDING, CANCELLED);
            case PENDING -> EnumSet.of(PARTIAL, COMPLETED, REFUNDED, CANCELLED);
            case PARTIAL -> EnumSet.of(PARTIAL, COMPLETED, REFUNDED, CANCELLED);
            case COMPLETED -> EnumSet.of(REFUNDED, CANCELLED);
            case REFUNDED, CANCELLED -> EnumSet.noneOf(SaleStatus.class);
        };
    }

    public boolean canMoveTo(SaleStatus target) {
        return next().contains(target);
    }

    /** The one guard of every transition. */
    public SaleStatus moveTo(SaleStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateException("A " + this + " sale cannot become " + target);
        }
        return target;
    }

    /** Completed, part-paid or on credit: money may still come in, and goods may come back. */
    public boolean hasReceipt() {
        return this == COMPLETED || this == PARTIAL || this == PENDING;
    }
}
