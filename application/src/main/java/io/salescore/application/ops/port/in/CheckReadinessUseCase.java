package io.salescore.application.ops.port.in;

import java.time.Instant;

/** Is this instance ready to serve: does the database answer, and when did the expiry sweeper last run? */
public interface CheckReadinessUseCase {

    /** The answer, with the sweeper's last run (null before the first one). */
    record Readiness(boolean databaseUp, Instant sweeperLastRunAt, Long sweeperLastReleased) {
    }

    Readiness check();
}
