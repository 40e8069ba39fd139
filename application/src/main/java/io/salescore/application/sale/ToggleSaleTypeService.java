package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.sale.port.in.ToggleSaleTypeUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** RETAIL ⇄ WHOLESALE: lines priced from a batch take the new type's batch price; explicit prices stay. */
public final class ToggleSaleTypeService implements ToggleSaleTypeUseCase {

    private final SaleChanges changes;
    private final SaleCatalog catalog;

    public ToggleSaleTypeService(UnitOfWork tx, SaleRepository sales, SaleCatalog catalog,
                                 HoldLedger reservations, AuditLogRepository audit,
                                 ReservationPolicy policy, Clock clock) {
        this.changes = new SaleChanges(tx, sales, reservations, audit, policy, clock);
        this.catalog = catalog;
    }

    @Override
    public Result toggle(Actor actor, Command command) {
        return changes.onSale(actor, command.sale(), command.expectedVersion(), command.type(), Sale::requireChangeable, c -> {
            Sale sale = c.sale();
            SaleType newType = command.type().get();
            if (newType == sale.type()) {
                return new Result(c.view(), false, List.of());
            }
            if (newType == SaleType.WHOLESALE) {
                PriceRules.of(catalog, actor).ifPresent(r -> r.requireWholesale(actor.role(),
                        catalog.customerOrWalkIn(actor.businessId(), Optional.of(sale.customerId()))
                                .map(SaleCatalog.Customer::wholesale).orElse(false), "type"));
            }
            List<Sale.Repricing> repriced = sale.changeType(newType, batchPrices(actor, sale, newType), c.now());
            return new Result(c.save(c.recorded()), true, repriced);
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
