package io.salescore.domain.shared;

import java.util.UUID;

/** Identity of a product. */
public record ProductId(UUID value) implements EntityId {

    public ProductId {
        if (value == null) {
            throw new IllegalArgumentException("ProductId needs a value");
        }
    }

    public static ProductId of(UUID value) {
        return new ProductId(value);
    }

    public static ProductId of(String value) {
        return new ProductId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
