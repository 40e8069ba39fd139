package io.salescore.application.ops;

import io.salescore.application.ops.port.in.CheckReadinessUseCase;
import io.salescore.application.ops.port.out.DatabaseProbe;

import java.time.Duration;

/** Ready when the database answers within a second; reports the sweeper's last run beside it. */
public final class CheckReadinessService implements CheckReadinessUseCase {

    private final DatabaseProbe database;
    private final SweeperStatus sweeper;

    public CheckReadinessService(DatabaseProbe database, SweeperStatus sweeper) {
        this.database = database;
        this.sweeper = sweeper;
    }

    @Override
    public Readiness check() {
        SweeperStatus.Run run = sweeper.last();
        return new Readiness(database.isUp(Duration.ofSeconds(1)), run == null ? null : run.at(),
                run == null ? null : run.released());
    }
}
