package io.salescore.domain.shared;

import java.util.UUID;

/** Identity of a stock product. */
public record StockProductId(UUID value) implements EntityId {

    public StockProductId {
        if (value == null) {
            throw new IllegalArgumentException("StockProductId needs a value");
        }
    }

    public static StockProductId of(UUID value) {
        return new StockProductId(value);
    }

    public static StockProductId of(String value) {
        return new StockProductId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
