package io.salescore.application.inventory.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.inventory.port.StorefrontFilter;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.shared.StorefrontId;


/**
 * Storefronts: OWNER and ADMIN see and change all of them; MANAGER and CASHIER see the ones they are assigned to.
 * Commands are suppliers read after the path id (404) and the role (403) were checked.
 */
public interface StorefrontsUseCase {

    /** Filtered silently to the caller's storefronts. */
    Page<Storefront> list(Actor actor, StorefrontFilter filter, PageRequest page);

    /** @throws io.salescore.domain.shared.PermissionDeniedException outside the caller's storefronts */
    Storefront get(Actor actor, StorefrontId id);

    /** A taken code is VALIDATION_ERROR naming {@code code}. */
    Storefront create(Actor actor, Input<CreateStorefrontCommand> input);

    /** A new code is refused once a receipt uses the current one. */
    Storefront update(Actor actor, StorefrontId id, Input<UpdateStorefrontCommand> input);

    /** DELETE: deactivates; the storefront stays readable by id. */
    void deactivate(Actor actor, StorefrontId id);
}
