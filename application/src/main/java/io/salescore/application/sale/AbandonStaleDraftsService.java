package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.Sale;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private final ReservationRepository reservations;
    private final AuditLogRepository audit;
    private final Clock clock;
    private final Duration maxAge;
    private final int batchSize;

    public AbandonStaleDraftsService(UnitOfWork tx, SaleRepository sales, ReservationRepository reservations,
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
                ReservationRepository.Ended ended = reservations.endHolds(ref.business(), sale.id(), Optional.empty(),
                        ReleaseReason.DRAFT_EXPIRED, now);
                sales.update(sale);
                List<AuditEvent> events = new ArrayList<>();
                for (Reservation r : ended.released()) {
                    events.add(SaleEvents.stockReleased(r, r.quantity().toPlainString(), ReleaseReason.DRAFT_EXPIRED.name()));
                }
                for (Reservation r : ended.expired()) {
                    events.add(SaleEvents.stockReleased(r, r.quantity().toPlainString(), ReleaseReason.EXPIRED.name()));
                }
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("sale_id", sale.id().toString());
                data.put("reason", ReleaseReason.DRAFT_EXPIRED.name());
                data.put("max_age", maxAge.toString());
                data.put("released_count", ended.released().size());
                events.add(AuditEvent.of("sale.cancelled", "Draft sale " + sale.id() + " untouched for " + maxAge
                        + " was cancelled automatically", data).withSale(sale.storefrontId(), sale.id()));
                audit.appendSystem(ref.business(), now, events);
                done++;
            }
            return done;
        });
    }
}
