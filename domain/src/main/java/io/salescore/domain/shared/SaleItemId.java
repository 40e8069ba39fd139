package io.salescore.domain.shared;

import java.util.UUID;

/** Identity of a sale item. */
public record SaleItemId(UUID value) implements EntityId {

    public SaleItemId {
        if (value == null) {
            throw new IllegalArgumentException("SaleItemId needs a value");
        }
    }

    public static SaleItemId of(UUID value) {
        return new SaleItemId(value);
    }

    public static SaleItemId of(String value) {
        return new SaleItemId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
