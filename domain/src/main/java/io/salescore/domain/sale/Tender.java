package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;

/** A payment as offered at checkout, before it is recorded. */
public record Tender(Money amount, PaymentMethod method, String reference) {
}
