package io.salescore.application.account.port.in;

import io.salescore.application.common.Input;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.UserId;

/**
 * Changes a member's name, email, password, role, storefronts or active flag. Deactivating revokes all their
 * tokens; the new role and storefronts apply from the member's next request.
 */
public interface UpdateStaffUseCase {

    /**
     * The checks that come before reading the fields, in the contract's order: 404 for a user the caller's business
     * does not have, then 400 MALFORMED_JSON when {@code body} could not be parsed, then 403 for a caller who may not
     * manage staff, 400 for the owner or the caller themselves, 403 for a member whose role the caller does not
     * manage.
     */
    void checkAccess(Actor actor, UserId id, Input<?> body);

    StaffMember update(Actor actor, UserId id, UpdateStaffCommand command);
}
