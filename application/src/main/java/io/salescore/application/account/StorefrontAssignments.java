package io.salescore.application.account;

import io.salescore.application.account.port.out.StaffDirectory;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;

import java.util.List;

/** Storefronts given to a member must be the business's own: unknown and foreign ids answer alike. */
final class StorefrontAssignments {

    private StorefrontAssignments() {
    }

    static void requireOwnedBy(StaffDirectory staff, BusinessId business, List<StorefrontId> storefronts) {
        if (storefronts != null && !storefronts.isEmpty()
                && !staff.existingStorefronts(business, storefronts).containsAll(storefronts)) {
            throw ValidationException.field("storefronts", "Not found.");
        }
    }
}
