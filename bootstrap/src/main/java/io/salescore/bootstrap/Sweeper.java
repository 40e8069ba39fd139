package io.salescore.bootstrap;

import io.salescore.application.inventory.port.in.ReleaseExpiredUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The background housekeeping of {@code serve}: every interval it releases expired holds and runs the other
 * jobs (stale drafts, idempotency keys). A failing run is logged and the next one runs as planned. Safe with
 * many instances on one database: the jobs skip rows another instance holds.
 */
final class Sweeper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Sweeper.class);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sweeper");
        thread.setDaemon(true);
        return thread;
    });
    private final ReleaseExpiredUseCase releaseExpired;
    private final List<Runnable> otherJobs;

    Sweeper(ReleaseExpiredUseCase releaseExpired, List<Runnable> otherJobs) {
        this.releaseExpired = releaseExpired;
        this.otherJobs = List.copyOf(otherJobs);
    }

    void start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void runOnce() {
        try {
            ReleaseExpiredUseCase.Result result = releaseExpired.releaseExpired(false, false);
            if (result.count() > 0) {
                LOG.info("Sweeper released {} expired holds", result.count());
            }
            for (ReleaseExpiredUseCase.Failure failure : result.failures()) {
                LOG.error("Sweeper could not release the due holds of business {} storefront {} product {} (holds {}); "
                                + "skipped, retried in a minute; run check-integrity: {}", failure.stock().business(),
                        failure.stock().storefront(), failure.stock().product(), failure.holds(), failure.error());
            }
        } catch (RuntimeException e) {
            LOG.warn("Sweeper run failed: {}", e.toString());
        }
        for (Runnable job : otherJobs) {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.warn("Housekeeping job failed: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
