package io.salescore.application.ops;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** The last run of this instance's expiry sweeper, for readiness and metrics. Thread-safe. */
public final class SweeperStatus {

    /** One finished run. */
    public record Run(Instant at, long released) {
    }

    private final AtomicReference<Run> last = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicLong expiredTotal = new java.util.concurrent.atomic.AtomicLong();

    public void record(Instant at, long released) {
        last.set(new Run(at, released));
        expiredTotal.addAndGet(released);
    }

    /** Holds this instance's sweeper has expired since it started. */
    public long expiredTotal() {
        return expiredTotal.get();
    }

    public Run last() {
        return last.get();
    }
}
