package io.salescore.application.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The runs of this instance's expiry sweeper, for readiness and metrics. Thread-safe. The sweeper is DEGRADED when
 * its last run could not release some stock, or when it has not run for three intervals (it is stuck or dead);
 * the tills can still sell then (an expired hold stops counting by itself), but operators must look.
 */
public final class SweeperStatus {

    /** One finished run: when, how many holds it released, for how many stocks releasing failed. */
    public record Run(Instant at, long released, int failures) {
    }

    private final AtomicReference<Run> last = new AtomicReference<>();
    private final AtomicLong expiredTotal = new AtomicLong();
    private final AtomicLong failedRuns = new AtomicLong();
    private final AtomicLong failedStocks = new AtomicLong();
    private final Duration interval;

    /** A status for a sweeper that runs every {@code interval} (null: runs on demand, never counted stale). */
    public SweeperStatus(Duration interval) {
        this.interval = interval;
    }

    public SweeperStatus() {
        this(null);
    }

    public void record(Instant at, long released, int failures) {
        last.set(new Run(at, released, failures));
        expiredTotal.addAndGet(released);
        if (failures > 0) {
            failedRuns.incrementAndGet();
            failedStocks.addAndGet(failures);
        }
    }

    /** Holds this instance's sweeper has expired since it started. */
    public long expiredTotal() {
        return expiredTotal.get();
    }

    /** Runs that could not release every due hold, since this instance started. */
    public long failedRuns() {
        return failedRuns.get();
    }

    /** Stocks whose release failed, summed over runs, since this instance started. */
    public long failedStocks() {
        return failedStocks.get();
    }

    public Run last() {
        return last.get();
    }

    /** OK, or DEGRADED when the last run failed for some stock or no run finished within three intervals. */
    public String state(Instant now, Instant startedAt) {
        Run run = last.get();
        if (run != null && run.failures() > 0) {
            return "DEGRADED";
        }
        if (interval != null) {
            Instant since = run == null ? startedAt : run.at();
            if (since != null && since.plus(interval.multipliedBy(3)).isBefore(now)) {
                return "DEGRADED";
            }
        }
        return "OK";
    }
}
