package io.salescore.domain.shared;

import java.util.UUID;

/** Identity of a payment. */
public record PaymentId(UUID value) implements EntityId {

    public PaymentId {
        if (value == null) {
            throw new IllegalArgumentException("PaymentId needs a value");
        }
    }

    public static PaymentId of(UUID value) {
        return new PaymentId(value);
    }

    public static PaymentId of(String value) {
        return new PaymentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
