package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.HoldEvents;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.sale.port.in.AddItemUseCase;
import io.salescore.application.sale.port.in.LineResult;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.account.BusinessSettings;
import io.salescore.domain.catalog.ProductUnit;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * add_item. Statements, in order: lock the sale, read it with its lines, look up product and price, write the
 * line, the sale and the audit entries, then take the stock last: one statement does the guarded counter update,
 * inserts the hold and slides the sale's other holds, so the hot inventory row is locked for that statement and
 * the commit only.
 */
public final class AddItemService implements AddItemUseCase {

    static final String REFUSAL = "Unable to add item due to stock restrictions.";

    private final SaleChanges changes;
    private final SaleCatalog catalog;
    private final StockHolds holds;
    private final ReservationPolicy policy;
    private final IdGenerator ids;

    public AddItemService(UnitOfWork tx, SaleRepository sales, SaleCatalog catalog, HoldLedger reservations,
                          AuditLogRepository audit, ReservationPolicy policy, IdGenerator ids, Clock clock) {
        this.changes = new SaleChanges(tx, sales, reservations, audit, policy, clock);
        this.catalog = catalog;
        this.holds = new StockHolds(reservations, audit);
        this.policy = policy;
        this.ids = ids;
    }

    @Override
    public LineResult addItem(Actor actor, Command command) {
        return changes.onSale(actor, command.sale(), command.expectedVersion(), command.item(), Sale::requireItemsAddable, c -> {
            Sale sale = c.sale();
            Item item = command.item().get();
            SaleCatalog.PricedProduct product = catalog.product(actor.businessId(), sale.storefrontId(),
                            item.product(), item.stockProduct())
                    .orElseThrow(() -> ValidationException.field("product", "Not found."));
            if (item.stockProduct().isPresent() && product.batch().isEmpty()) {
                throw ValidationException.field("stock_product", "Not found.");
            }
            if (!product.active()) {
                throw ValidationException.field("product", "This product is inactive and cannot be sold.");
            }
            ProductUnit.requireFits(product.unit(), item.quantity().value(), "quantity");
            Money price = item.unitPrice().orElseGet(() -> batchPrice(product, sale.type()));
            boolean discounted = item.discountPercentage().filter(d -> d.value().signum() != 0).isPresent();
            Optional<BusinessSettings> rules = item.unitPrice().isPresent() || item.taxRate().isPresent() || discounted
                    ? PriceRules.of(catalog, actor) : Optional.empty();
            rules.ifPresent(r -> {
                item.unitPrice().ifPresent(p -> r.requirePrice(actor.role(),
                        product.batch().map(b -> b.priceFor(sale.type())).orElse(null), p));
                item.taxRate().ifPresent(t -> r.requireTaxRate(actor.role(), product.taxRate(), t));
            });

            Instant now = c.now();
            SaleLine line = sale.addLine(SaleItemId.of(ids.newId()), product.product(),
                    product.batch().map(SaleCatalog.Batch::id).orElse(null), product.name(), product.sku(),
                    product.unit(), item.quantity(), price, item.unitPrice().isEmpty(),
                    item.discountPercentage().orElse(Percentage.ZERO), item.taxRate().orElse(product.taxRate()), now);
            if (discounted) {
                rules.ifPresent(r -> r.requireDiscountWithinLimit(actor.role(), sale, "discount_percentage"));
            }
            Reservation hold = Reservation.hold(ReservationId.of(ids.newId()), sale.id(), line.id(),
                    sale.storefrontId(), line.productId(), line.stockProductId(), line.quantity(), now, policy.ttl());

            List<AuditEvent> events = new ArrayList<>(c.recorded());
            events.add(HoldEvents.reserved(hold, hold.quantity().toPlainString()));
            c.saveWithoutSliding(events);
            holds.holdAndSlideSale(actor, hold, REFUSAL, now);
            return new LineResult(c.view().withLiveHoldsExtended(now, hold.expiresAt()).withReservation(line.id(), hold),
                    line.id());
        });
    }

    /** The batch's price for the sale type: wholesale for a WHOLESALE sale when the batch has one, else retail. */
    static Money batchPrice(SaleCatalog.PricedProduct product, SaleType type) {
        return product.batch().orElseThrow(() -> ValidationException.field("unit_price",
                "This product has no batch to take a price from; give a unit_price.")).priceFor(type);
    }
}
