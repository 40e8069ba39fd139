package io.salescore.domain.shared;

import java.util.UUID;

/** Identity of a sale. */
public record SaleId(UUID value) implements EntityId {

    public SaleId {
        if (value == null) {
            throw new IllegalArgumentException("SaleId needs a value");
        }
    }

    public static SaleId of(UUID value) {
        return new SaleId(value);
    }

    public static SaleId of(String value) {
        return new SaleId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
