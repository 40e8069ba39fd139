package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.HoldEvents;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.sale.port.in.AbandonSaleUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.SaleId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.salescore.domain.shared.ExpectedVersion;
import java.util.Optional;

/**
 * DRAFT → CANCELLED with every live hold RELEASED (SALE_ABANDONED) in one transaction; holds already past their
 * time are marked EXPIRED and not counted as released. A CANCELLED sale answers again with nothing released.
 */
public final class AbandonSaleService implements AbandonSaleUseCase {

    private final SaleChanges changes;
    private final HoldLedger reservations;

    public AbandonSaleService(UnitOfWork tx, SaleRepository sales, HoldLedger reservations,
                              AuditLogRepository audit, Clock clock) {
        this.changes = new SaleChanges(tx, sales, audit, clock);
        this.reservations = reservations;
    }

    @Override
    public Result abandon(Actor actor, SaleId saleId, Optional<ExpectedVersion> expectedVersion, Input<?> body) {
        return changes.onSale(actor, saleId, expectedVersion, body, sale -> { }, c -> {
            Sale sale = c.sale();
            SaleView view = c.view();
            Instant now = c.now();
            if (!sale.abandon(now)) {
                return new Result(view, true, List.of());
            }
            HoldLedger.Ended ended = reservations.endHolds(actor.businessId(), sale.id(), Optional.empty(),
                    ReleaseReason.SALE_ABANDONED, now);
            List<AuditEvent> events = new ArrayList<>(HoldEvents.ended(ended, ReleaseReason.SALE_ABANDONED));
            SaleView after = view;
            for (Reservation r : ended.released()) {
                after = after.withReservation(r.saleItemId(),
                        r.ended(ReservationStatus.RELEASED, now, ReleaseReason.SALE_ABANDONED));
            }
            for (Reservation r : ended.expired()) {
                after = after.withReservation(r.saleItemId(),
                        r.ended(ReservationStatus.EXPIRED, now, ReleaseReason.EXPIRED));
            }
            events.addAll(c.recorded(SaleEvents.Facts.NONE.withCancellation(new SaleEvents.Cancellation(
                    ReleaseReason.SALE_ABANDONED.name(), "Sale " + sale.id() + " abandoned; "
                    + ended.released().size() + " holds released", ended.released(), Map.of()))));
            c.saveWithoutSliding(events);
            return new Result(after, false, ended.released());
        });
    }
}
