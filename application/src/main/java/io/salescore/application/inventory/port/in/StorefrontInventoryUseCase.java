package io.salescore.application.inventory.port.in;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.StorefrontId;

/** What a till sells from: the storefront's inventory rows with live holds and default prices, by product name. */
public interface StorefrontInventoryUseCase {

    /** @throws io.salescore.domain.shared.PermissionDeniedException outside the caller's storefronts */
    Page<InventoryLine> list(Actor actor, StorefrontId storefront, InventoryFilter filter, PageRequest page);
}
