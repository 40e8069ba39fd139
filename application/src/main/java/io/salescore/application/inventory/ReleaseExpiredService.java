package io.salescore.application.inventory;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.in.ReleaseExpiredUseCase;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.ops.SweeperStatus;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.shared.BusinessId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expiry sweeper's work: batches of at most {@code batchSize} holds, one transaction each (holds and their
 * audit entries together), until a batch comes back short or {@code maxBatches} ran.
 */
public final class ReleaseExpiredService implements ReleaseExpiredUseCase {

    private final UnitOfWork tx;
    private final ReservationRepository reservations;
    private final AuditLogRepository audit;
    private final SweeperStatus status;
    private final Clock clock;
    private final int batchSize;
    private final int maxBatches;

    public ReleaseExpiredService(UnitOfWork tx, ReservationRepository reservations, AuditLogRepository audit,
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
            List<ReservationRepository.Due> due = tx.inTransaction(() -> reservations.findDue(now,
                    batchSize * maxBatches));
            return new Result(due.size(), verbose ? due : List.of(), true);
        }
        long total = 0;
        List<ReservationRepository.Due> all = new ArrayList<>();
        for (int batch = 0; batch < maxBatches; batch++) {
            List<ReservationRepository.Due> expired = tx.inTransaction(() -> {
                List<ReservationRepository.Due> done = reservations.expireDueBatch(now, batchSize);
                Map<BusinessId, List<AuditEvent>> events = new LinkedHashMap<>();
                for (ReservationRepository.Due due : done) {
                    events.computeIfAbsent(due.business(), b -> new ArrayList<>()).add(released(due.reservation()));
                }
                events.forEach((business, list) -> audit.appendSystem(business, now, list));
                return done;
            });
            total += expired.size();
            if (verbose) {
                all.addAll(expired);
            }
            if (expired.size() < batchSize) {
                break;
            }
        }
        status.record(clock.instant(), total);
        return new Result(total, all, false);
    }

    private static AuditEvent released(Reservation r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reservation_id", r.id().toString());
        data.put("sale_item_id", r.saleItemId().toString());
        data.put("product_id", r.productId().toString());
        data.put("storefront_id", r.storefrontId().toString());
        data.put("quantity", r.quantity().toPlainString());
        data.put("expires_at", r.expiresAt().toString());
        data.put("reason", "EXPIRED");
        return AuditEvent.of("stock.released", "Hold of " + r.quantity() + " of product " + r.productId()
                        + " expired at " + r.expiresAt() + " and was released", data)
                .withSale(r.storefrontId(), r.saleId()).withSaleItem(r.saleItemId());
    }
}
