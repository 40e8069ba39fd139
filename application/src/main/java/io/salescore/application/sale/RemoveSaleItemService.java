package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.RemoveSaleItemUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.out.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.shared.SaleItemId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.salescore.domain.shared.IfMatch;
import java.util.Optional;

/** DELETE of a line: the line goes, its hold is released at once (ITEM_REMOVED), totals follow. */
public final class RemoveSaleItemService implements RemoveSaleItemUseCase {

    private final UnitOfWork tx;
    private final SaleLocks locks;
    private final SaleRepository sales;
    private final ReservationRepository reservations;
    private final AuditLogRepository audit;
    private final ReservationPolicy policy;
    private final Clock clock;

    public RemoveSaleItemService(UnitOfWork tx, SaleRepository sales, ReservationRepository reservations,
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
    public SaleView remove(Actor actor, Optional<io.salescore.domain.shared.SaleId> saleId, SaleItemId lineId,
                           Optional<IfMatch> ifMatch) {
        return tx.inTransaction(() -> {
            SaleView view = locks.lockByLine(actor, saleId, lineId, ifMatch);
            Sale sale = view.sale();
            Instant now = clock.instant();
            SaleLine removed = sale.removeLine(lineId, now);
            ReservationRepository.Ended ended = reservations.endHolds(actor.businessId(), sale.id(),
                    Optional.of(lineId), ReleaseReason.ITEM_REMOVED, now);
            sales.deleteLine(sale, lineId);
            sales.update(sale);
            List<AuditEvent> events = new ArrayList<>();
            events.add(SaleEvents.itemRemoved(sale, removed));
            ended.released().forEach(r -> events.add(SaleEvents.stockReleased(r, r.quantity().toPlainString(),
                    ReleaseReason.ITEM_REMOVED.name())));
            ended.expired().forEach(r -> events.add(SaleEvents.stockReleased(r, r.quantity().toPlainString(),
                    ReleaseReason.EXPIRED.name())));
            audit.append(actor, now, events);
            Instant until = policy.expiryFrom(now);
            reservations.extendLive(actor.businessId(), sale.id(), now, until);
            return view.withReservation(lineId, null).withLiveHoldsExtended(now, until);
        });
    }
}
