package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.ToggleSaleTypeUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.out.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** RETAIL ⇄ WHOLESALE: lines priced from a batch take the new type's batch price; explicit prices stay. */
public final class ToggleSaleTypeService implements ToggleSaleTypeUseCase {

    private final UnitOfWork tx;
    private final SaleLocks locks;
    private final SaleRepository sales;
    private final SaleCatalog catalog;
    private final ReservationRepository reservations;
    private final AuditLogRepository audit;
    private final ReservationPolicy policy;
    private final Clock clock;

    public ToggleSaleTypeService(UnitOfWork tx, SaleRepository sales, SaleCatalog catalog,
                                 ReservationRepository reservations, AuditLogRepository audit,
                                 ReservationPolicy policy, Clock clock) {
        this.tx = tx;
        this.locks = new SaleLocks(sales);
        this.sales = sales;
        this.catalog = catalog;
        this.reservations = reservations;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Result toggle(Actor actor, Command command) {
        return tx.inTransaction(() -> {
            SaleView view = locks.lock(actor, command.sale(), command.ifMatch());
            command.type().requireParsable();
            Sale sale = view.sale();
            sale.requireChangeable();
            SaleType newType = command.type().get();
            if (newType == sale.type()) {
                return new Result(view, false, List.of());
            }
            if (newType == SaleType.WHOLESALE) {
                PriceRules.of(catalog, actor).ifPresent(r -> r.requireWholesale(actor.role(),
                        catalog.customerOrWalkIn(actor.businessId(), Optional.of(sale.customerId()))
                                .map(SaleCatalog.Customer::wholesale).orElse(false), "type"));
            }
            String oldType = sale.type().name();
            Instant now = clock.instant();
            List<Sale.Repricing> repriced = sale.changeType(newType, batchPrices(actor, sale, newType), now);
            List<SaleLine> changed = repriced.stream().map(r -> sale.line(r.lineId())).toList();
            if (!changed.isEmpty()) {
                sales.updateLines(sale, changed);
            }
            sales.update(sale);
            audit.append(actor, now, List.of(SaleEvents.typeChanged(sale, oldType, repriced)));
            Instant until = policy.expiryFrom(now);
            reservations.extendLive(actor.businessId(), sale.id(), now, until);
            return new Result(view.withLiveHoldsExtended(now, until), true, repriced);
        });
    }

    private Map<SaleItemId, Money> batchPrices(Actor actor, Sale sale, SaleType type) {
        List<StockProductId> batchIds = sale.lines().stream().filter(SaleLine::priceFromBatch)
                .map(SaleLine::stockProductId).filter(Objects::nonNull).distinct().toList();
        Map<StockProductId, SaleCatalog.Batch> batches = new HashMap<>();
        if (!batchIds.isEmpty()) {
            catalog.batches(actor.businessId(), batchIds).forEach(b -> batches.put(b.id(), b));
        }
        Map<SaleItemId, Money> prices = new HashMap<>();
        for (SaleLine line : sale.lines()) {
            SaleCatalog.Batch batch = line.stockProductId() == null ? null : batches.get(line.stockProductId());
            if (line.priceFromBatch() && batch != null) {
                prices.put(line.id(), batch.priceFor(type));
            }
        }
        return prices;
    }
}
