package io.salescore.domain.customer;

/** Whether a customer usually buys at retail or wholesale (it does not change a sale's type by itself). */
public enum CustomerType {
    RETAIL, WHOLESALE
}
