package io.salescore.domain.session;

/** Cash put into the drawer (change fetched from the bank) or taken out of it (a supplier paid from the till). */
public enum CashMovementKind {
    PAY_IN, PAY_OUT
}
