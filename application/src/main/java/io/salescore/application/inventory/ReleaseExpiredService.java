package io.salescore.application.inventory;

import io.salescore.application.inventory.port.StockKey;
import io.salescore.application.inventory.port.Due;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.in.ReleaseExpiredUseCase;
import io.salescore.application.inventory.port.out.ExpirySweep;
import io.salescore.application.ops.SweeperStatus;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.shared.BusinessId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The expiry sweeper's work: batches of at most {@code batchSize} holds, one transaction each (holds and their
 * audit entries together), until a batch comes back short or {@code maxBatches} ran. A batch that fails is done
 * again stock by stock; a stock that still fails is reported, skipped and left out of the batches for
 * {@link #QUARANTINE}, so nothing one row does can stop the sweeper for everyone else.
 */
public final class ReleaseExpiredService implements ReleaseExpiredUseCase {

    private final UnitOfWork tx;
    private final ExpirySweep reservations;
    private final AuditLogRepository audit;
    private final SweeperStatus status;
    private final Clock clock;
    private final int batchSize;
    private final int maxBatches;
    /** Stock whose release failed, and when to try it again. */
    private final Map<StockKey, Instant> quarantine = new ConcurrentHashMap<>();
    static final Duration QUARANTINE = Duration.ofMinutes(1);

    public ReleaseExpiredService(UnitOfWork tx, ExpirySweep reservations, AuditLogRepository audit,
                                 SweeperStatus status, Clock clock, int batchSize, int maxBatches) {
        this.tx = tx;
        this.reservations = reservations;
        this.audit = audit;
        this.status = status;
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxBatches = maxBatches;
    }

    @Override
    public Result releaseExpired(boolean dryRun, boolean verbose) {
        Instant now = clock.instant();
        if (dryRun) {
            List<Due> due = tx.inTransaction(() -> reservations.findDue(now,
                    batchSize * maxBatches, List.of()));
            return new Result(due.size(), verbose ? due : List.of(), true);
        }
        quarantine.values().removeIf(retryAt -> !retryAt.isAfter(now));
        long total = 0;
        List<Due> all = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (int batch = 0; batch < maxBatches; batch++) {
            List<Due> expired;
            try {
                expired = tx.inTransaction(() -> audited(now, reservations.expireDueBatch(now, batchSize,
                        quarantine.keySet())));
            } catch (RuntimeException batchFailed) {
                // One bad row rolls its whole batch back: release the batch stock by stock, so only the bad stock
                // is skipped (and quarantined), and go on with the next batch.
                expired = stockByStock(now, failures);
                total += expired.size();
                if (verbose) {
                    all.addAll(expired);
                }
                continue;
            }
            total += expired.size();
            if (verbose) {
                all.addAll(expired);
            }
            if (expired.size() < batchSize) {
                break;
            }
        }
        status.record(clock.instant(), total, failures.size());
        return new Result(total, all, false, failures);
    }

    private List<Due> stockByStock(Instant now, List<Failure> failures) {
        Map<StockKey, List<Due>> byStock = new LinkedHashMap<>();
        for (Due due : tx.inTransaction(() -> reservations.findDue(now, batchSize,
                quarantine.keySet()))) {
            Reservation r = due.reservation();
            byStock.computeIfAbsent(new StockKey(due.business(), r.storefrontId(),
                    r.productId()), k -> new ArrayList<>()).add(due);
        }
        List<Due> done = new ArrayList<>();
        byStock.forEach((stock, due) -> {
            try {
                done.addAll(tx.inTransaction(() -> audited(now, reservations.expireDue(stock.business(),
                        stock.storefront(), stock.product(), now).stream()
                        .map(r -> new Due(stock.business(), r)).toList())));
            } catch (RuntimeException e) {
                quarantine.put(stock, now.plus(QUARANTINE));
                failures.add(new Failure(stock, due.stream().map(d -> d.reservation().id().toString()).toList(),
                        e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
            }
        });
        return done;
    }

    /** The audit entries of what was released, in the same transaction. */
    private List<Due> audited(Instant now, List<Due> done) {
        Map<BusinessId, List<AuditEvent>> events = new LinkedHashMap<>();
        for (Due due : done) {
            events.computeIfAbsent(due.business(), b -> new ArrayList<>()).add(HoldEvents.released(due.reservation(),
                    ReleaseReason.EXPIRED));
        }
        events.forEach((business, list) -> audit.appendSystem(business, now, list));
        return done;
    }
}
