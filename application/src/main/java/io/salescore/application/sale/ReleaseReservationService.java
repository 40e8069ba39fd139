package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.HoldEvents;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.sale.port.in.LineResult;
import io.salescore.application.sale.port.in.ReleaseReservationUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.SaleItemId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import io.salescore.domain.shared.ExpectedVersion;
import java.util.Optional;

/** Releases a line's live hold (MANUAL). Nothing live: answers with count 0 and changes nothing. */
public final class ReleaseReservationService implements ReleaseReservationUseCase {

    private final SaleChanges changes;
    private final HoldLedger reservations;

    public ReleaseReservationService(UnitOfWork tx, SaleRepository sales, HoldLedger reservations,
                                     AuditLogRepository audit, ReservationPolicy policy, Clock clock) {
        this.changes = new SaleChanges(tx, sales, reservations, audit, policy, clock);
        this.reservations = reservations;
    }

    @Override
    public Result release(Actor actor, SaleItemId lineId, Optional<ExpectedVersion> expectedVersion, Input<?> body) {
        return changes.onLine(actor, Optional.empty(), lineId, expectedVersion, body, Sale::requireLinesEditable, c -> {
            Sale sale = c.sale();
            Instant now = c.now();
            if (c.view().liveHoldOf(lineId, now).isEmpty()) {
                return new Result(new LineResult(c.view(), lineId), List.of());
            }
            HoldLedger.Ended ended = reservations.endHolds(actor.businessId(), sale.id(),
                    Optional.of(lineId), ReleaseReason.MANUAL, now);
            if (ended.released().isEmpty() && ended.expired().isEmpty()) {
                // The sweeper ended it between the read and the release: nothing changes here, the hold is shown
                // as it now is, and the sale keeps its version.
                Reservation expired = c.view().reservationOf(lineId)
                        .map(r -> r.ended(ReservationStatus.EXPIRED, now, ReleaseReason.EXPIRED)).orElse(null);
                return new Result(new LineResult(c.view().withReservation(lineId, expired), lineId), List.of());
            }
            sale.lineHoldChanged(lineId, now);
            SaleView saved = c.save(HoldEvents.ended(ended, ReleaseReason.MANUAL));
            // The hold may have ended meanwhile (the sweeper took it first): then nothing was released here.
            Reservation shown = !ended.released().isEmpty()
                    ? ended.released().get(0).ended(ReservationStatus.RELEASED, now, ReleaseReason.MANUAL)
                    : c.view().reservationOf(lineId)
                            .map(r -> r.ended(ReservationStatus.EXPIRED, now, ReleaseReason.EXPIRED)).orElse(null);
            return new Result(new LineResult(saved.withReservation(lineId, shown), lineId), ended.released());
        });
    }
}
