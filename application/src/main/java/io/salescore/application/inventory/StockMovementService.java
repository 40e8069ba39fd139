package io.salescore.application.inventory;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.StockMovementFilter;
import io.salescore.application.inventory.port.in.StockMovementsUseCase;
import io.salescore.application.inventory.port.out.StockQueries;
import io.salescore.application.inventory.port.out.StorefrontRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.StockMovement;

import java.time.ZoneId;
import java.util.function.Function;

/** Reads the stock ledger of the storefronts the caller sees. */
public final class StockMovementService implements StockMovementsUseCase {

    private final UnitOfWork tx;
    private final StorefrontRepository storefronts;
    private final StockQueries stock;

    public StockMovementService(UnitOfWork tx, StorefrontRepository storefronts, StockQueries stock) {
        this.tx = tx;
        this.storefronts = storefronts;
        this.stock = stock;
    }

    @Override
    public Page<StockMovement> list(Actor actor, Function<ZoneId, StockMovementFilter> filterInZone,
                                    PageRequest page) {
        return tx.inTransaction(() -> {
            StockMovementFilter filter = filterInZone.apply(stock.timezoneOf(actor.businessId()));
            if (!StorefrontScope.admitsFilter(actor, filter.storefront(), storefronts)) {
                return StorefrontScope.nothing(page);
            }
            return stock.movements(actor.businessId(), filter, StorefrontScope.of(actor), page);
        });
    }
}
