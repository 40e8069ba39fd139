package io.salescore.application.account.port.in;

import io.salescore.domain.access.Role;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.util.List;

/** A member as shown to themselves: user, business and membership. */
public record Profile(UserView user, BusinessView business, Role role, List<StorefrontId> storefronts) {

    public Profile {
        storefronts = List.copyOf(storefronts);
    }

    /** A user's public fields. */
    public record UserView(UserId id, String name, String email) {
    }

    /** A business's public fields. */
    public record BusinessView(BusinessId id, String name, String currency, String timezone) {
    }
}
