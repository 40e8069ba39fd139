package io.salescore.application.account;

import io.salescore.application.account.port.in.ListStaffUseCase;
import io.salescore.application.account.port.StaffQuery;
import io.salescore.application.account.port.out.StaffDirectory;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.StaffMember;

/** A page of the business's members for OWNER and ADMIN: two statements (count and page). */
public final class ListStaffService implements ListStaffUseCase {

    private final UnitOfWork tx;
    private final StaffDirectory staff;

    public ListStaffService(UnitOfWork tx, StaffDirectory staff) {
        this.tx = tx;
        this.staff = staff;
    }

    @Override
    public Page<StaffMember> list(Actor actor, StaffQuery query, PageRequest page) {
        StaffMember.requireStaffManager(actor);
        return tx.inTransaction(() -> staff.listMembers(actor.businessId(), query, page));
    }
}
