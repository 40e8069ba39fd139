package io.salescore.domain.shared;

import java.util.UUID;

/** Identity of a business. */
public record BusinessId(UUID value) implements EntityId {

    public BusinessId {
        if (value == null) {
            throw new IllegalArgumentException("BusinessId needs a value");
        }
    }

    public static BusinessId of(UUID value) {
        return new BusinessId(value);
    }

    public static BusinessId of(String value) {
        return new BusinessId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
