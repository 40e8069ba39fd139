package io.salescore.application.account;

import io.salescore.application.account.port.in.CreateStaffCommand;
import io.salescore.application.account.port.in.CreateStaffUseCase;
import io.salescore.application.account.port.Profile;
import io.salescore.application.account.port.out.StaffDirectory;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.UserId;

import java.time.Clock;
import java.util.List;

/**
 * Checks who may add whom before spending time on the password hash (which runs outside the transaction), then
 * checks the storefronts and inserts the user in one transaction.
 */
public final class CreateStaffService implements CreateStaffUseCase {

    private final UnitOfWork tx;
    private final StaffDirectory staff;
    private final PasswordHasher hasher;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditLogRepository audit;

    public CreateStaffService(UnitOfWork tx, StaffDirectory staff, AuditLogRepository audit,
                              PasswordHasher hasher, IdGenerator ids, Clock clock) {
        this.tx = tx;
        this.staff = staff;
        this.audit = audit;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public StaffMember create(Actor actor, CreateStaffCommand command) {
        StaffMember member = StaffMember.add(actor, UserId.of(ids.newId()), command.name(), command.email(),
                command.role(), command.storefronts(), clock.instant());
        String passwordHash = hasher.hash(command.password());
        StaffMember.State s = member.state();
        return tx.inTransaction(() -> {
            StorefrontAssignments.requireOwnedBy(staff, s.businessId(), s.storefronts());
            staff.insertUser(s.businessId(), new Profile.UserView(s.id(), s.name(), s.email()), passwordHash,
                    s.role(), s.storefronts(), s.createdAt());
            audit.append(actor, s.createdAt(), List.of(StaffEvents.created(member)));
            return member;
        });
    }
}
