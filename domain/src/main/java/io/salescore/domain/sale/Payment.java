package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.PaymentId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;

/** Money tendered for a sale: always more than zero, with its method and an optional reference. */
public record Payment(PaymentId id, Money amount, PaymentMethod method, String reference, Instant createdAt,
                      UserId processedBy) {

    public Payment {
        if (amount.isZero()) {
            throw io.salescore.domain.shared.ValidationException.field("amount_paid", "Must be greater than zero.");
        }
        reference = reference == null ? "" : reference;
    }
}
