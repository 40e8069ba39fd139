package io.salescore.application.ops.port.in;

import java.time.Instant;

/** Is this instance ready to serve: does the database answer, and when did the expiry sweeper last run? */
public interface CheckReadinessUseCase {

    /**
     * The answer, with the sweeper's last run (null before the first one), its state ({@code OK} or
     * {@code DEGRADED}) and how many of its runs failed for some stock since this instance started.
     */
    record Readiness(boolean databaseUp, Instant sweeperLastRunAt, Long sweeperLastReleased, String sweeperStatus,
                     long sweeperFailedRuns) {
    }

    Readiness check();
}
