package io.salescore.application.account;

import io.salescore.application.account.port.in.GetStaffUseCase;
import io.salescore.application.account.port.out.StaffDirectory;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.UserId;

/** One member: 404 for an id the caller's business does not have, then 403 for callers who do not manage staff. */
public final class GetStaffService implements GetStaffUseCase {

    private final UnitOfWork tx;
    private final StaffDirectory staff;

    public GetStaffService(UnitOfWork tx, StaffDirectory staff) {
        this.tx = tx;
        this.staff = staff;
    }

    @Override
    public StaffMember get(Actor actor, UserId id) {
        StaffMember member = tx.read(() -> staff.findMember(actor.businessId(), id))
                .orElseThrow(NotFoundException::new);
        StaffMember.requireStaffManager(actor);
        return member;
    }
}
