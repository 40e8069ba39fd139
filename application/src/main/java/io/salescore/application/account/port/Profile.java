package io.salescore.application.account.port;

import io.salescore.domain.access.Role;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.List;

/**
 * A member as shown to themselves: user, business and membership; {@code storefronts} are those the member may
 * work in (every storefront of the business for OWNER and ADMIN, the assigned ones otherwise), by name.
 */
public record Profile(UserView user, BusinessView business, Role role, List<StorefrontView> storefronts) {

    public Profile {
        storefronts = List.copyOf(storefronts);
    }

    public List<StorefrontId> storefrontIds() {
        return storefronts.stream().map(StorefrontView::id).toList();
    }

    /** A user's public fields. */
    public record UserView(UserId id, String name, String email, Instant createdAt, Instant updatedAt) {
        /** A user about to be written (the repository stamps the times). */
        public UserView(UserId id, String name, String email) {
            this(id, name, email, null, null);
        }
    }

    /** A business's public fields; {@code owner} is its OWNER member. */
    public record BusinessView(BusinessId id, String name, String currency, String timezone, UserId owner,
                               String ownerName, Instant createdAt, Instant updatedAt) {
        /** A business about to be written. */
        public BusinessView(BusinessId id, String name, String currency, String timezone) {
            this(id, name, currency, timezone, null, null, null, null);
        }
    }

    /** A storefront the member may work in. */
    public record StorefrontView(StorefrontId id, String name, String location, boolean active) {
    }
}
