package io.salescore.application.idempotency;

import io.salescore.application.common.UnitOfWork;
import io.salescore.application.idempotency.port.out.IdempotencyRepository;

import java.time.Clock;
import java.time.Duration;

/** Housekeeping: keys are kept {@code POS_IDEMPOTENCY_RETENTION} (default 24 h), then deleted in batches. */
public final class PurgeIdempotencyKeysService {

    private final UnitOfWork tx;
    private final IdempotencyRepository keys;
    private final Clock clock;
    private final Duration retention;

    public PurgeIdempotencyKeysService(UnitOfWork tx, IdempotencyRepository keys, Clock clock, Duration retention) {
        this.tx = tx;
        this.keys = keys;
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes expired keys; returns how many. */
    public int purge() {
        int total = 0;
        int batch;
        do {
            batch = tx.inTransaction(() -> keys.purgeClaimedBefore(clock.instant().minus(retention), 1000));
            total += batch;
        } while (batch == 1000);
        return total;
    }
}
