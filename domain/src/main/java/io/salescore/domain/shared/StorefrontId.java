package io.salescore.domain.shared;

import java.util.UUID;

/** Identity of a storefront. */
public record StorefrontId(UUID value) implements EntityId {

    public StorefrontId {
        if (value == null) {
            throw new IllegalArgumentException("StorefrontId needs a value");
        }
    }

    public static StorefrontId of(UUID value) {
        return new StorefrontId(value);
    }

    public static StorefrontId of(String value) {
        return new StorefrontId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
