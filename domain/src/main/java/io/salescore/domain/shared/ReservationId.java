package io.salescore.domain.shared;

import java.util.UUID;

/** Identity of a reservation. */
public record ReservationId(UUID value) implements EntityId {

    public ReservationId {
        if (value == null) {
            throw new IllegalArgumentException("ReservationId needs a value");
        }
    }

    public static ReservationId of(UUID value) {
        return new ReservationId(value);
    }

    public static ReservationId of(String value) {
        return new ReservationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
