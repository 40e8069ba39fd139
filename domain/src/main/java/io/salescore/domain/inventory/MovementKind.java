package io.salescore.domain.inventory;

/**
 * Why a storefront's stock changed: a transfer in from a batch, a count correction, a completed sale, or units
 * returned to the shelf by a refund.
 */
public enum MovementKind {
    TRANSFER_IN, ADJUSTMENT, SALE, RETURN
}
