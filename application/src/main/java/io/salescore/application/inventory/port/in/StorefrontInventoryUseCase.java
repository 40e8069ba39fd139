package io.salescore.application.inventory.port.in;

import io.salescore.application.inventory.port.InventoryLine;
import io.salescore.application.inventory.port.InventoryFilter;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.StorefrontId;

import java.util.Set;

/** What a till sells from: the storefront's inventory rows with live holds and default prices, by product name. */
public interface StorefrontInventoryUseCase {

    /** @throws io.salescore.domain.shared.PermissionDeniedException outside the caller's storefronts */
    Page<InventoryLine> list(Actor actor, StorefrontId storefront, InventoryFilter filter, PageRequest page);

    /**
     * The multi-storefront sale catalogue (compat.md E7): the caller's active storefronts (all for OWNER and ADMIN,
     * the assigned ones otherwise), narrowed to {@code only} unless it is null (ids outside that scope contribute
     * nothing), and the products with an inventory row at one of them, each with its row at every one of them.
     */
    MultiStorefrontCatalogue catalogue(Actor actor, Set<StorefrontId> only, InventoryFilter filter, PageRequest page);
}
