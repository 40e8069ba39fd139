package io.salescore.domain.access;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.util.Set;

/**
 * The authenticated caller of a use case: who, in which business, with which role and storefronts,
 * and from where (for the audit log). Every permission rule of the role table is asked here.
 */
public record Actor(UserId userId, String name, BusinessId businessId, Role role, Set<StorefrontId> storefronts,
                    String ipAddress, String userAgent) {

    public Actor {
        storefronts = Set.copyOf(storefronts);
    }

    /** The same caller seen from another network origin. */
    public Actor from(String ip, String agent) {
        return new Actor(userId, name, businessId, role, storefronts, ip, agent);
    }

    public boolean isOwnerOrAdmin() {
        return role.seesAllStorefronts();
    }

    public boolean mayAccessStorefront(StorefrontId storefront) {
        return role.seesAllStorefronts() || storefronts.contains(storefront);
    }

    /** Sales, lines, receipts and stock reads of a storefront: OWNER/ADMIN anywhere, others where assigned. */
    public void requireStorefront(StorefrontId storefront) {
        if (!mayAccessStorefront(storefront)) {
            throw new PermissionDeniedException("You are not assigned to this storefront.");
        }
    }

    /** Transfers and adjustments: OWNER/ADMIN anywhere, MANAGER where assigned, never CASHIER. */
    public void requireStockManagement(StorefrontId storefront) {
        if (role == Role.CASHIER) {
            throw new PermissionDeniedException("Only managers may change stock.");
        }
        requireStorefront(storefront);
    }

    /** Products, warehouses, stock products: OWNER, ADMIN, MANAGER. */
    public void requireCatalogueManagement() {
        if (role == Role.CASHIER) {
            throw new PermissionDeniedException("Only managers may change the catalogue.");
        }
    }

    /** Storefront creation and changes: OWNER, ADMIN. */
    public void requireOwnerOrAdmin() {
        if (!role.seesAllStorefronts()) {
            throw new PermissionDeniedException("Only owners and admins may do this.");
        }
    }

    /** Customer credit fields (limit, terms, blocking) and customer changes: everyone but CASHIER. */
    public void requireCustomerManagement() {
        if (role == Role.CASHIER) {
            throw new PermissionDeniedException("Cashiers may not change customers or their credit.");
        }
    }
}
