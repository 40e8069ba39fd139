package io.salescore.application.inventory.port.in;

import io.salescore.application.inventory.port.StockKey;
import io.salescore.application.inventory.port.Due;

import java.util.List;

/**
 * Releases holds whose time has passed (marks them EXPIRED, gives their stock back, writes {@code stock.released}
 * entries with reason EXPIRED), in bounded batches. Correctness never depends on it: an expired hold stops
 * counting the moment it expires; this keeps the counters tidy and the log complete.
 */
public interface ReleaseExpiredUseCase {

    /**
     * What one run did (or, for a dry run, would do), and the stock whose holds could not be released: each such
     * stock was skipped (its transaction rolled back alone) and is retried after a quarantine, so one bad row
     * never stops the sweeper for other products or businesses.
     */
    record Result(long count, List<Due> holds, boolean dryRun, List<Failure> failures) {

        public Result(long count, List<Due> holds, boolean dryRun) {
            this(count, holds, dryRun, List.of());
        }
    }

    /** Releasing the due holds of one stock failed; {@code holds} are their ids, {@code error} why. */
    record Failure(StockKey stock, List<String> holds, String error) {
    }

    /** {@code verbose} keeps the holds in the result (for the command's one-line-per-hold output). */
    Result releaseExpired(boolean dryRun, boolean verbose);
}
