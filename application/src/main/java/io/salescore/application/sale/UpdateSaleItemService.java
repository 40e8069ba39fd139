package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.HoldEvents;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.sale.port.in.LineResult;
import io.salescore.application.sale.port.in.UpdateSaleItemUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.catalog.ProductUnit;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.shared.Decimals;
import io.salescore.domain.shared.ReservationId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PATCH of a line. A new quantity edits the live hold in place (raising needs the difference free, lowering
 * gives the difference back at once); a line without a live hold takes a new one for the whole quantity.
 */
public final class UpdateSaleItemService implements UpdateSaleItemUseCase {

    private final SaleChanges saleChanges;
    private final SaleCatalog catalog;
    private final StockHolds holds;
    private final ReservationPolicy policy;
    private final IdGenerator ids;

    public UpdateSaleItemService(UnitOfWork tx, SaleRepository sales, SaleCatalog catalog,
                                 HoldLedger reservations, AuditLogRepository audit,
                                 ReservationPolicy policy, IdGenerator ids, Clock clock) {
        this.saleChanges = new SaleChanges(tx, sales, reservations, audit, policy, clock);
        this.catalog = catalog;
        this.holds = new StockHolds(reservations, audit);
        this.policy = policy;
        this.ids = ids;
    }

    @Override
    public LineResult update(Actor actor, Command command) {
        return saleChanges.onLine(actor, command.sale(), command.line(), command.expectedVersion(), command.changes(),
                Sale::requireLinesEditable, c -> {
            Sale sale = c.sale();
            Changes changes = command.changes().get();
            SaleLine current = sale.line(command.line());
            changes.quantity().ifPresent(q -> ProductUnit.requireFits(current.unit(), q.value(), "quantity"));

            Instant now = c.now();
            Sale.LineChange change = sale.changeLine(command.line(), changes.quantity(), changes.unitPrice(),
                    changes.discountPercentage(), changes.taxRate(), now);
            if (change.before() == change.after()) { // NOPMD: changeLine hands back the same line when nothing changed
                return new LineResult(c.view(), command.line());
            }
            requireShopPrices(actor, sale, current, changes);
            List<AuditEvent> events = new ArrayList<>();
            events.addAll(c.recorded());
            Reservation shown = c.view().reservationOf(command.line()).orElse(null);
            if (change.quantityChanged()) {
                shown = adjustHold(actor, c.view(), change.after(), now, c.until(), events);
            }
            return new LineResult(c.save(events).withReservation(command.line(), shown), command.line());
        });
    }

    /** A CASHIER keeps the line's price and the product's tax rate, and the sale's discount within the limit. */
    private void requireShopPrices(Actor actor, Sale sale, SaleLine current, Changes changes) {
        if (changes.unitPrice().isEmpty() && changes.taxRate().isEmpty() && changes.discountPercentage().isEmpty()) {
            return;
        }
        PriceRules.of(catalog, actor).ifPresent(r -> {
            changes.unitPrice().ifPresent(p -> r.requirePrice(actor.role(), current.unitPrice(), p));
            changes.taxRate().filter(t -> t.value().compareTo(current.taxRate().value()) != 0).ifPresent(t ->
                    r.requireTaxRate(actor.role(), catalog.product(actor.businessId(), sale.storefrontId(),
                                    current.productId(), java.util.Optional.empty())
                            .map(SaleCatalog.PricedProduct::taxRate)
                            .orElse(current.taxRate()), t));
            if (changes.discountPercentage().isPresent()) {
                r.requireDiscountWithinLimit(actor.role(), sale, "discount_percentage");
            }
        });
    }

    private Reservation adjustHold(Actor actor, SaleView unlocked, SaleLine line, Instant now, Instant until,
                                   List<AuditEvent> events) {
        SaleView view = holds.lock(actor, unlocked, List.of(line), now);
        Optional<Reservation> live = view.liveHoldOf(line.id(), now);
        if (live.isPresent()) {
            Reservation hold = live.get();
            int direction = line.quantity().compareTo(hold.quantity());
            holds.resize(actor, hold, line.quantity(), AddItemService.REFUSAL, now);
            Reservation resized = hold.withQuantity(line.quantity()).withExpiry(until);
            String difference = Decimals.plain2(line.quantity().value().subtract(hold.quantity().value()).abs());
            events.add(direction > 0 ? HoldEvents.reserved(resized, difference)
                    : HoldEvents.released(resized, difference, ReleaseReason.QUANTITY_REDUCED));
            return resized;
        }
        Sale sale = view.sale();
        Reservation hold = Reservation.hold(ReservationId.of(ids.newId()), sale.id(), line.id(), sale.storefrontId(),
                line.productId(), line.stockProductId(), line.quantity(), now, policy.ttl());
        holds.rehold(actor, view.reservationOf(line.id()), hold, AddItemService.REFUSAL, false, now);
        events.add(HoldEvents.reserved(hold, hold.quantity().toPlainString()));
        return hold;
    }
}
