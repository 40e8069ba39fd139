package io.salescore.application.idempotency.port.out;

import io.salescore.application.idempotency.port.StoredResponse;
import io.salescore.domain.shared.BusinessId;

import java.time.Duration;
import java.time.Instant;

/** Port: {@code Idempotency-Key} claims per (business, key), with the request hash and the saved answer. */
public interface IdempotencyRepository {

    /** What claiming a key found. */
    sealed interface Claim permits Claimed, Replay, InUse, Mismatch {
    }

    /** The key is ours: run the request. */
    record Claimed() implements Claim {
    }

    /** The same request already succeeded: answer as it did. */
    record Replay(StoredResponse response) implements Claim {
    }

    /** The same request is still running elsewhere. */
    record InUse() implements Claim {
    }

    /** The key was used for a different request. */
    record Mismatch() implements Claim {
    }

    /**
     * Claims the key (unique per business, so only one caller wins). A claim older than {@code abandonAfter}
     * without an answer was left by a crashed request and may be taken over.
     */
    Claim claim(BusinessId business, String key, byte[] requestHash, Instant now, Duration abandonAfter);

    /** Saves the answer, in the transaction of the request's use case. */
    void complete(BusinessId business, String key, StoredResponse response, Instant now);

    /** Frees a claim whose request failed, so a retry runs again. */
    void release(BusinessId business, String key);

    /** Deletes keys claimed before {@code cutoff}, at most {@code limit}; returns how many. */
    int purgeClaimedBefore(Instant cutoff, int limit);
}
