package io.salescore.domain.access;

/** A member's role in a business; it decides what the member may do (see {@link Actor}). */
public enum Role {
    OWNER, ADMIN, MANAGER, CASHIER;

    /** OWNER and ADMIN act on every storefront of the business. */
    public boolean seesAllStorefronts() {
        return this == OWNER || this == ADMIN;
    }

    /** Whether a member with this role may create, change or deactivate staff with the given role. */
    public boolean mayManageStaffWithRole(Role target) {
        return switch (this) {
            case OWNER -> target != OWNER;
            case ADMIN -> target == MANAGER || target == CASHIER;
            default -> false;
        };
    }
}
