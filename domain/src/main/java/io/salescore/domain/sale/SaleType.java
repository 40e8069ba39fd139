package io.salescore.domain.sale;

/** Which price list a sale uses: retail prices, or wholesale prices where a batch has them. */
public enum SaleType {
    RETAIL, WHOLESALE
}
