package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ValidationException;

/** A payment as offered at checkout, before it is recorded: more than zero, with its method. */
public record Tender(Money amount, PaymentMethod method, String reference) {

    public Tender {
        if (amount == null || amount.isZero()) {
            throw ValidationException.field("amount_paid", "Must be greater than zero.");
        }
        if (method == null) {
            throw ValidationException.field("payment_method", "This field is required.");
        }
        reference = reference == null ? "" : reference;
    }
}
