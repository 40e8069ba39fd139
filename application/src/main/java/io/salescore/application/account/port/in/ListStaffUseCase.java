package io.salescore.application.account.port.in;

import io.salescore.application.account.port.StaffQuery;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.StaffMember;

/** The members of the caller's business, the owner included, ordered by name (OWNER, ADMIN). */
public interface ListStaffUseCase {

    Page<StaffMember> list(Actor actor, StaffQuery query, PageRequest page);
}
