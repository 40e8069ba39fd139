package io.salescore.domain.shared;

import java.util.UUID;

/** Identity of a user. */
public record UserId(UUID value) implements EntityId {

    public UserId {
        if (value == null) {
            throw new IllegalArgumentException("UserId needs a value");
        }
    }

    public static UserId of(UUID value) {
        return new UserId(value);
    }

    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
