package io.salescore.application.inventory;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.inventory.port.out.StorefrontRepository;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.StorefrontId;

import java.util.List;
import java.util.Set;

/**
 * Which storefronts a caller's lists cover (all for OWNER and ADMIN, the assigned ones otherwise), and the rule
 * for a {@code storefront} filter: outside the caller's storefronts but of the business is PERMISSION_DENIED,
 * unknown or another business's simply matches nothing.
 */
public final class StorefrontScope {

    private StorefrontScope() {
    }

    /** {@code null} means every storefront of the business. */
    public static Set<StorefrontId> of(Actor actor) {
        return actor.isOwnerOrAdmin() ? null : actor.storefronts();
    }

    /**
     * Whether a list filtered by {@code storefront} can match anything.
     *
     * @throws PermissionDeniedException for a storefront of the business outside the caller's
     */
    public static boolean admitsFilter(Actor actor, StorefrontId storefront, StorefrontRepository storefronts) {
        if (storefront == null || actor.mayAccessStorefront(storefront)) {
            return true;
        }
        if (storefronts.find(actor.businessId(), storefront).isPresent()) {
            throw new PermissionDeniedException("You are not assigned to this storefront.");
        }
        return false;
    }

    /** Stock changes (transfers, adjustments) are for OWNER, ADMIN and MANAGER; CASHIER only reads stock. */
    public static void requireStockRole(Actor actor) {
        if (actor.role() == Role.CASHIER) {
            throw new PermissionDeniedException("Only managers may change stock.");
        }
    }

    public static <T> Page<T> nothing(PageRequest page) {
        return new Page<>(List.of(), 0, page);
    }
}
