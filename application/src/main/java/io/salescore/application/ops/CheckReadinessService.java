package io.salescore.application.ops;

import io.salescore.application.ops.port.in.CheckReadinessUseCase;
import io.salescore.application.ops.port.out.DatabaseProbe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Ready when the database answers within a second; reports the sweeper's state and last run beside it. */
public final class CheckReadinessService implements CheckReadinessUseCase {

    private final DatabaseProbe database;
    private final SweeperStatus sweeper;
    private final Clock clock;
    private final Instant startedAt;

    public CheckReadinessService(DatabaseProbe database, SweeperStatus sweeper, Clock clock) {
        this.database = database;
        this.sweeper = sweeper;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Override
    public Readiness check() {
        SweeperStatus.Run run = sweeper.last();
        return new Readiness(database.isUp(Duration.ofSeconds(1)), run == null ? null : run.at(),
                run == null ? null : run.released(), sweeper.state(clock.instant(), startedAt), sweeper.failedRuns());
    }
}
