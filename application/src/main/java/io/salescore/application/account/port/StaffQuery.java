package io.salescore.application.account.port;

import io.salescore.domain.access.Role;
import io.salescore.domain.shared.StorefrontId;

import java.util.List;

/**
 * Which members a staff list shows: {@code search} a case-insensitive substring of name or email; {@code roles}
 * empty for any role; {@code storefront} null for any, else members assigned to it; {@code active} null for active
 * and inactive alike.
 */
public record StaffQuery(String search, List<Role> roles, StorefrontId storefront, Boolean active) {

    public StaffQuery {
        search = search == null || search.isBlank() ? null : search.strip();
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Active members, any role or storefront: the default list. */
    public static StaffQuery activeOnly() {
        return new StaffQuery(null, List.of(), null, true);
    }
}
