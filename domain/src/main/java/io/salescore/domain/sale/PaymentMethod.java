package io.salescore.domain.sale;

/** The means of one payment. Only CASH can be overpaid (the excess is change). */
public enum PaymentMethod {
    CASH, CARD, MOBILE, BANK_TRANSFER, OTHER
}
