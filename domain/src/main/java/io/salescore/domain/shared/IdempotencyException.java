package io.salescore.domain.shared;

import java.util.Map;

/** An {@code Idempotency-Key} cannot be used: {@code IDEMPOTENCY_KEY_IN_USE} or {@code IDEMPOTENCY_KEY_REUSED}. */
public final class IdempotencyException extends DomainException {

    private IdempotencyException(Kind kind, String code, String message) {
        super(kind, code, message, "", Map.of(), Map.of());
    }

    public static IdempotencyException inUse() {
        return new IdempotencyException(Kind.CONFLICT, "IDEMPOTENCY_KEY_IN_USE",
                "A request with this Idempotency-Key is still being processed.");
    }

    public static IdempotencyException reused() {
        return new IdempotencyException(Kind.UNPROCESSABLE, "IDEMPOTENCY_KEY_REUSED",
                "This Idempotency-Key was already used for a different request.");
    }
}
