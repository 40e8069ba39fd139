package io.salescore.application.account.port.in;

import io.salescore.domain.access.Actor;
import io.salescore.domain.access.StaffMember;

/**
 * Adds a member to the caller's business (OWNER, ADMIN; an ADMIN adds only MANAGERs and CASHIERs), with storefronts
 * of that business only. A taken email is {@code EMAIL_TAKEN}.
 */
public interface CreateStaffUseCase {

    StaffMember create(Actor actor, CreateStaffCommand command);
}
