package io.salescore.application.account.port.in;

import io.salescore.domain.access.Actor;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.UserId;

/** One member of the caller's business, active or not (OWNER, ADMIN). */
public interface GetStaffUseCase {

    StaffMember get(Actor actor, UserId id);
}
