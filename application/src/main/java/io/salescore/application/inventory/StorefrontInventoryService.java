package io.salescore.application.inventory;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.in.InventoryFilter;
import io.salescore.application.inventory.port.in.InventoryLine;
import io.salescore.application.inventory.port.in.StorefrontInventoryUseCase;
import io.salescore.application.inventory.port.out.StockRepository;
import io.salescore.application.inventory.port.out.StorefrontRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.StorefrontId;

import java.time.Clock;

/** Lists what a storefront sells from, with holds live as of the application clock. */
public final class StorefrontInventoryService implements StorefrontInventoryUseCase {

    private final UnitOfWork tx;
    private final StorefrontRepository storefronts;
    private final StockRepository stock;
    private final Clock clock;

    public StorefrontInventoryService(UnitOfWork tx, StorefrontRepository storefronts, StockRepository stock,
                                      Clock clock) {
        this.tx = tx;
        this.storefronts = storefronts;
        this.stock = stock;
        this.clock = clock;
    }

    @Override
    public Page<InventoryLine> list(Actor actor, StorefrontId storefront, InventoryFilter filter, PageRequest page) {
        return tx.inTransaction(() -> {
            storefronts.find(actor.businessId(), storefront).orElseThrow(NotFoundException::new);
            actor.requireStorefront(storefront);
            return stock.inventory(actor.businessId(), storefront, filter, clock.instant(), page);
        });
    }
}
