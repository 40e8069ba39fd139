package io.salescore.domain.shared;

import java.util.UUID;

/** Identity of a warehouse. */
public record WarehouseId(UUID value) implements EntityId {

    public WarehouseId {
        if (value == null) {
            throw new IllegalArgumentException("WarehouseId needs a value");
        }
    }

    public static WarehouseId of(UUID value) {
        return new WarehouseId(value);
    }

    public static WarehouseId of(String value) {
        return new WarehouseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
