package io.salescore.application.inventory;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.InventoryFilter;
import io.salescore.application.inventory.port.InventoryLine;
import io.salescore.application.inventory.port.in.MultiStorefrontCatalogue;
import io.salescore.application.inventory.port.StorefrontFilter;
import io.salescore.application.inventory.port.in.StorefrontInventoryUseCase;
import io.salescore.application.inventory.port.out.StockQueries;
import io.salescore.application.inventory.port.out.StorefrontRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.StorefrontId;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists what a storefront (or, for the multi-storefront catalogue, each of the caller's storefronts) sells from,
 * with holds live as of the application clock: one statement for the storefronts, one page query (and its count).
 */
public final class StorefrontInventoryService implements StorefrontInventoryUseCase {

    private final UnitOfWork tx;
    private final StorefrontRepository storefronts;
    private final StockQueries stock;
    private final Clock clock;

    public StorefrontInventoryService(UnitOfWork tx, StorefrontRepository storefronts, StockQueries stock,
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

    @Override
    public MultiStorefrontCatalogue catalogue(Actor actor, Set<StorefrontId> only, InventoryFilter filter,
                                              PageRequest page) {
        return tx.inTransaction(() -> {
            List<Storefront> listed = storefronts.list(actor.businessId(), new StorefrontFilter(null, true),
                            StorefrontScope.of(actor), new PageRequest(1, PageRequest.CATALOGUE_MAX_SIZE)).items()
                    .stream().filter(s -> only == null || only.contains(s.id())).toList();
            if (listed.isEmpty()) {
                return new MultiStorefrontCatalogue(listed, StorefrontScope.nothing(page));
            }
            Set<StorefrontId> ids = listed.stream().map(Storefront::id).collect(Collectors.toSet());
            return new MultiStorefrontCatalogue(listed,
                    stock.inventoryAcross(actor.businessId(), ids, filter, clock.instant(), page));
        });
    }
}
