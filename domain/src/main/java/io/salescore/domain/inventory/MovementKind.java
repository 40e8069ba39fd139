package io.salescore.domain.inventory;

/** Why a storefront's stock changed: a transfer in from a batch, a count correction, or a completed sale. */
public enum MovementKind {
    TRANSFER_IN, ADJUSTMENT, SALE
}
