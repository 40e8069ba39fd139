package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.AbandonSaleUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.out.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.Decimals;
import io.salescore.domain.shared.SaleId;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.salescore.domain.shared.IfMatch;
import java.util.Optional;

/**
 * DRAFT → CANCELLED with every live hold RELEASED (SALE_ABANDONED) in one transaction; holds already past their
 * time are marked EXPIRED and not counted as released. A CANCELLED sale answers again with nothing released.
 */
public final class AbandonSaleService implements AbandonSaleUseCase {

    private final UnitOfWork tx;
    private final SaleLocks locks;
    private final SaleRepository sales;
    private final ReservationRepository reservations;
    private final AuditLogRepository audit;
    private final Clock clock;

    public AbandonSaleService(UnitOfWork tx, SaleRepository sales, ReservationRepository reservations,
                              AuditLogRepository audit, Clock clock) {
        this.tx = tx;
        this.locks = new SaleLocks(sales);
        this.sales = sales;
        this.reservations = reservations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Result abandon(Actor actor, SaleId saleId, Optional<IfMatch> ifMatch, Input<?> body) {
        return tx.inTransaction(() -> {
            SaleView view = locks.lock(actor, saleId, ifMatch);
            body.requireParsable();
            Sale sale = view.sale();
            Instant now = clock.instant();
            if (!sale.abandon(now)) {
                return new Result(view, true, List.of());
            }
            ReservationRepository.Ended ended = reservations.endHolds(actor.businessId(), sale.id(), Optional.empty(),
                    ReleaseReason.SALE_ABANDONED, now);
            sales.update(sale);
            List<AuditEvent> events = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            SaleView after = view;
            for (Reservation r : ended.released()) {
                events.add(SaleEvents.stockReleased(r, r.quantity().toPlainString(), ReleaseReason.SALE_ABANDONED.name()));
                total = total.add(r.quantity().value());
                after = after.withReservation(r.saleItemId(),
                        r.ended(ReservationStatus.RELEASED, now, ReleaseReason.SALE_ABANDONED));
            }
            for (Reservation r : ended.expired()) {
                events.add(SaleEvents.stockReleased(r, r.quantity().toPlainString(), ReleaseReason.EXPIRED.name()));
                after = after.withReservation(r.saleItemId(),
                        r.ended(ReservationStatus.EXPIRED, now, ReleaseReason.EXPIRED));
            }
            events.add(SaleEvents.saleCancelled(sale, ended.released().size(), Decimals.plain2(total)));
            audit.append(actor, now, events);
            return new Result(after, false, ended.released());
        });
    }
}
