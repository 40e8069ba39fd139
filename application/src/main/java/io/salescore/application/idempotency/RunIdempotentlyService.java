package io.salescore.application.idempotency;

import io.salescore.application.common.UnitOfWork;
import io.salescore.application.idempotency.port.in.RunIdempotentlyUseCase;
import io.salescore.application.idempotency.port.out.IdempotencyRepository;
import io.salescore.application.idempotency.port.StoredResponse;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.IdempotencyException;
import io.salescore.domain.shared.ValidationException;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The key is claimed in its own short transaction (the unique constraint decides who runs); the request then
 * runs in one transaction that also saves its answer, so an answer exists exactly when its changes do.
 */
public final class RunIdempotentlyService implements RunIdempotentlyUseCase {

    static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);

    private final UnitOfWork tx;
    private final IdempotencyRepository keys;
    private final Clock clock;

    public RunIdempotentlyService(UnitOfWork tx, IdempotencyRepository keys, Clock clock) {
        this.tx = tx;
        this.keys = keys;
        this.clock = clock;
    }

    /** 1 to 255 printable ASCII characters. */
    public static void requireValidKey(String key) {
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw ValidationException.field("Idempotency-Key", "Must be 1 to 255 printable ASCII characters.");
        }
    }

    @Override
    public Outcome run(Actor actor, String key, byte[] requestHash, Supplier<StoredResponse> request) {
        requireValidKey(key);
        IdempotencyRepository.Claim claim = tx.inTransaction(() ->
                keys.claim(actor.businessId(), key, requestHash, clock.instant(), ABANDONED_AFTER));
        if (claim instanceof IdempotencyRepository.Replay replay) {
            return new Outcome(replay.response(), true);
        }
        if (claim instanceof IdempotencyRepository.InUse) {
            throw IdempotencyException.inUse();
        }
        if (claim instanceof IdempotencyRepository.Mismatch) {
            throw IdempotencyException.reused();
        }
        StoredResponse response;
        try {
            response = tx.inTransaction(() -> {
                StoredResponse answer = request.get();
                if (answer.isSuccess()) {
                    keys.complete(actor.businessId(), key, answer, clock.instant());
                }
                return answer;
            });
        } catch (RuntimeException | Error failure) {
            release(actor, key, failure);
            throw failure;
        }
        if (!response.isSuccess()) {
            release(actor, key, null);
        }
        return new Outcome(response, false);
    }

    private void release(Actor actor, String key, Throwable failure) {
        try {
            tx.run(() -> keys.release(actor.businessId(), key));
        } catch (RuntimeException releaseFailure) {
            if (failure != null) {
                failure.addSuppressed(releaseFailure);
            }
        }
    }
}
