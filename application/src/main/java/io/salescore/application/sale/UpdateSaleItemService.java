package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.LineResult;
import io.salescore.application.sale.port.in.UpdateSaleItemUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.out.SaleView;
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

    private final UnitOfWork tx;
    private final SaleLocks locks;
    private final SaleRepository sales;
    private final ReservationRepository reservations;
    private final StockHolds holds;
    private final AuditLogRepository audit;
    private final ReservationPolicy policy;
    private final IdGenerator ids;
    private final Clock clock;

    private final io.salescore.application.sale.port.out.SaleCatalog catalog;

    public UpdateSaleItemService(UnitOfWork tx, SaleRepository sales,
                                 io.salescore.application.sale.port.out.SaleCatalog catalog,
                                 ReservationRepository reservations, AuditLogRepository audit,
                                 ReservationPolicy policy, IdGenerator ids, Clock clock) {
        this.tx = tx;
        this.catalog = catalog;
        this.locks = new SaleLocks(sales);
        this.sales = sales;
        this.reservations = reservations;
        this.holds = new StockHolds(reservations, audit);
        this.audit = audit;
        this.policy = policy;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public LineResult update(Actor actor, Command command) {
        return tx.inTransaction(() -> {
            SaleView view = locks.lockByLine(actor, command.sale(), command.line(), command.ifMatch());
            command.changes().requireParsable();
            Sale sale = view.sale();
            sale.requireLinesEditable();
            Changes changes = command.changes().get();
            SaleLine current = sale.line(command.line());
            changes.quantity().ifPresent(q -> ProductUnit.requireFits(current.unit(), q.value(), "quantity"));

            Instant now = clock.instant();
            Sale.LineChange change = sale.changeLine(command.line(), changes.quantity(), changes.unitPrice(),
                    changes.discountPercentage(), changes.taxRate(), now);
            if (change.before() == change.after()) {
                return new LineResult(view, command.line());
            }
            requireShopPrices(actor, sale, current, changes);
            List<AuditEvent> events = new ArrayList<>();
            events.add(SaleEvents.itemUpdated(sale, change.before(), change.after()));
            Instant until = policy.expiryFrom(now);
            Optional<Reservation> newest = view.reservationOf(command.line());
            Reservation shown = newest.orElse(null);
            if (change.quantityChanged()) {
                shown = adjustHold(actor, view, change.after(), now, until, events);
            }
            sales.updateLines(sale, List.of(change.after()));
            sales.update(sale);
            audit.append(actor, now, events);
            reservations.extendLive(actor.businessId(), sale.id(), now, until);
            return new LineResult(view.withLiveHoldsExtended(now, until).withReservation(command.line(), shown),
                    command.line());
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
                            .map(io.salescore.application.sale.port.out.SaleCatalog.PricedProduct::taxRate)
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
            events.add(direction > 0 ? SaleEvents.stockReserved(resized, difference)
                    : SaleEvents.stockReleased(resized, difference, ReleaseReason.QUANTITY_REDUCED.name()));
            return resized;
        }
        Sale sale = view.sale();
        Reservation hold = Reservation.hold(ReservationId.of(ids.newId()), sale.id(), line.id(), sale.storefrontId(),
                line.productId(), line.stockProductId(), line.quantity(), now, policy.ttl());
        holds.rehold(actor, view.reservationOf(line.id()), hold, AddItemService.REFUSAL, false, now);
        events.add(SaleEvents.stockReserved(hold, hold.quantity().toPlainString()));
        return hold;
    }
}
