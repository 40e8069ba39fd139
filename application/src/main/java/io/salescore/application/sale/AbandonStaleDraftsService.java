package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.HoldEvents;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Optional housekeeping ({@code POS_DRAFT_MAX_AGE}): drafts untouched that long are abandoned by the system,
 * their holds released with reason DRAFT_EXPIRED, with audit entries; each gets a new version.
 */
public final class AbandonStaleDraftsService {

    private final UnitOfWork tx;
    private final SaleRepository sales;
    private final HoldLedger reservations;
    private final AuditLogRepository audit;
    private final Clock clock;
    private final Duration maxAge;
    private final int batchSize;

    public AbandonStaleDraftsService(UnitOfWork tx, SaleRepository sales, HoldLedger reservations,
                                     AuditLogRepository audit, Clock clock, Duration maxAge, int batchSize) {
        this.tx = tx;
        this.sales = sales;
        this.reservations = reservations;
        this.audit = audit;
        this.clock = clock;
        this.maxAge = maxAge;
        this.batchSize = batchSize;
    }

    /** Abandons one batch of stale drafts; returns how many. */
    public int abandonStaleDrafts() {
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            int done = 0;
            for (SaleRepository.SaleRef ref : sales.lockStaleDrafts(now.minus(maxAge), batchSize)) {
                var view = sales.find(ref.business(), ref.sale());
                if (view.isEmpty()) {
                    continue;
                }
                Sale sale = view.get().sale();
                if (!sale.abandon(now)) {
                    continue;
                }
                HoldLedger.Ended ended = reservations.endHolds(ref.business(), sale.id(), Optional.empty(),
                        ReleaseReason.DRAFT_EXPIRED, now);
                List<SaleEvent> changes = sale.takeEvents();
                sales.update(sale, changes);
                List<AuditEvent> events = new ArrayList<>(HoldEvents.ended(ended, ReleaseReason.DRAFT_EXPIRED));
                events.addAll(SaleEvents.entries(sale, changes, SaleEvents.Facts.NONE.withCancellation(
                        new SaleEvents.Cancellation(ReleaseReason.DRAFT_EXPIRED.name(), "Draft sale " + sale.id()
                                + " untouched for " + maxAge + " was cancelled automatically", ended.released(),
                                Map.of("max_age", maxAge.toString())))));
                audit.appendSystem(ref.business(), now, events);
                done++;
            }
            return done;
        });
    }
}
