package io.salescore.domain.shared;

import java.util.UUID;

/** Identity of a customer. */
public record CustomerId(UUID value) implements EntityId {

    public CustomerId {
        if (value == null) {
            throw new IllegalArgumentException("CustomerId needs a value");
        }
    }

    public static CustomerId of(UUID value) {
        return new CustomerId(value);
    }

    public static CustomerId of(String value) {
        return new CustomerId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
