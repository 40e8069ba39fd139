package io.salescore.domain.inventory;

/** Why a hold stopped holding stock without being sold. */
public enum ReleaseReason {
    ITEM_REMOVED, QUANTITY_REDUCED, MANUAL, SALE_ABANDONED, EXPIRED, DRAFT_EXPIRED,
    /** Released by {@code check-integrity --repair} because the ACTIVE holds of its stock exceeded the quantity. */
    INTEGRITY_REPAIR
}
