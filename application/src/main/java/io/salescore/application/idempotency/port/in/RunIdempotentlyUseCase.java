package io.salescore.application.idempotency.port.in;

import io.salescore.application.idempotency.port.StoredResponse;
import io.salescore.domain.access.Actor;

import java.util.function.Supplier;

/**
 * Runs a request at most once per {@code Idempotency-Key}: the first run's successful answer is saved in the
 * same transaction as its changes and replayed to retries; a failed run frees the key. A retry of a request
 * still running is {@code IDEMPOTENCY_KEY_IN_USE}; the key with another request is {@code IDEMPOTENCY_KEY_REUSED}.
 */
public interface RunIdempotentlyUseCase {

    /** The answer, and whether it is a replay of an earlier run. */
    record Outcome(StoredResponse response, boolean replayed) {
    }

    Outcome run(Actor actor, String key, byte[] requestHash, Supplier<StoredResponse> request);
}
