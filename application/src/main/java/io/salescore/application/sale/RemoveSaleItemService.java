package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.HoldEvents;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.sale.port.in.RemoveSaleItemUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import io.salescore.domain.shared.ExpectedVersion;
import java.util.Optional;

/** DELETE of a line: the line goes, its hold is released at once (ITEM_REMOVED), totals follow. */
public final class RemoveSaleItemService implements RemoveSaleItemUseCase {

    private final SaleChanges changes;
    private final HoldLedger reservations;

    public RemoveSaleItemService(UnitOfWork tx, SaleRepository sales, HoldLedger reservations,
                                 AuditLogRepository audit, ReservationPolicy policy, Clock clock) {
        this.changes = new SaleChanges(tx, sales, reservations, audit, policy, clock);
        this.reservations = reservations;
    }

    @Override
    public SaleView remove(Actor actor, Optional<SaleId> saleId, SaleItemId lineId, Optional<ExpectedVersion> expectedVersion) {
        return changes.onLine(actor, saleId, lineId, expectedVersion, SaleChanges.noBody(), sale -> { }, c -> {
            Sale sale = c.sale();
            sale.removeLine(lineId, c.now());
            HoldLedger.Ended ended = reservations.endHolds(actor.businessId(), sale.id(),
                    Optional.of(lineId), ReleaseReason.ITEM_REMOVED, c.now());
            List<AuditEvent> events = new ArrayList<>();
            events.addAll(c.recorded());
            events.addAll(HoldEvents.ended(ended, ReleaseReason.ITEM_REMOVED));
            return c.save(events).withReservation(lineId, null);
        });
    }
}
