package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.LineResult;
import io.salescore.application.sale.port.in.ReleaseReservationUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.out.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.SaleItemId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.salescore.domain.shared.IfMatch;
import java.util.Optional;

/** Releases a line's live hold (MANUAL). Nothing live: answers with count 0 and changes nothing. */
public final class ReleaseReservationService implements ReleaseReservationUseCase {

    private final UnitOfWork tx;
    private final SaleLocks locks;
    private final SaleRepository sales;
    private final ReservationRepository reservations;
    private final AuditLogRepository audit;
    private final ReservationPolicy policy;
    private final Clock clock;

    public ReleaseReservationService(UnitOfWork tx, SaleRepository sales, ReservationRepository reservations,
                                     AuditLogRepository audit, ReservationPolicy policy, Clock clock) {
        this.tx = tx;
        this.locks = new SaleLocks(sales);
        this.sales = sales;
        this.reservations = reservations;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Result release(Actor actor, SaleItemId lineId, Optional<IfMatch> ifMatch, Input<?> body) {
        return tx.inTransaction(() -> {
            SaleView view = locks.lockByLine(actor, lineId, ifMatch);
            body.requireParsable();
            Sale sale = view.sale();
            sale.requireLinesEditable();
            Instant now = clock.instant();
            if (view.liveHoldOf(lineId, now).isEmpty()) {
                return new Result(new LineResult(view, lineId), List.of());
            }
            ReservationRepository.Ended ended = reservations.endHolds(actor.businessId(), sale.id(),
                    Optional.of(lineId), ReleaseReason.MANUAL, now);
            sale.lineHoldChanged(lineId, now);
            sales.update(sale);
            List<AuditEvent> events = new ArrayList<>();
            ended.released().forEach(r -> events.add(SaleEvents.stockReleased(r, r.quantity().toPlainString(),
                    ReleaseReason.MANUAL.name())));
            ended.expired().forEach(r -> events.add(SaleEvents.stockReleased(r, r.quantity().toPlainString(),
                    ReleaseReason.EXPIRED.name())));
            if (!events.isEmpty()) {
                audit.append(actor, now, events);
            }
            Instant until = policy.expiryFrom(now);
            reservations.extendLive(actor.businessId(), sale.id(), now, until);
            // The hold may have ended meanwhile (the sweeper took it first): then nothing was released here.
            Reservation shown = !ended.released().isEmpty()
                    ? ended.released().get(0).ended(ReservationStatus.RELEASED, now, ReleaseReason.MANUAL)
                    : view.reservationOf(lineId).map(r -> r.ended(ReservationStatus.EXPIRED, now, ReleaseReason.EXPIRED))
                            .orElse(null);
            SaleView after = view.withLiveHoldsExtended(now, until).withReservation(lineId, shown);
            return new Result(new LineResult(after, lineId), ended.released());
        });
    }
}
