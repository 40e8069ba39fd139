package io.salescore.application.account;

import io.salescore.application.account.port.in.DeactivateStaffUseCase;
import io.salescore.application.account.port.out.StaffDirectory;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.UserId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Deactivates the locked member and revokes every token of theirs in one transaction; repeating it is harmless. */
public final class DeactivateStaffService implements DeactivateStaffUseCase {

    private final UnitOfWork tx;
    private final StaffDirectory staff;
    private final Clock clock;
    private final AuditLogRepository audit;

    public DeactivateStaffService(UnitOfWork tx, StaffDirectory staff, AuditLogRepository audit, Clock clock) {
        this.tx = tx;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void deactivate(Actor actor, UserId id) {
        tx.run(() -> {
            StaffMember member = staff.findMemberForUpdate(actor.businessId(), id)
                    .orElseThrow(NotFoundException::new);
            Instant now = clock.instant();
            StaffMember.State before = member.state();
            if (member.deactivate(actor, now)) {
                staff.updateMember(member, null);
                StaffEvents.changed(member, before).ifPresent(e -> audit.append(actor, now, List.of(e)));
            }
            staff.revokeAllTokens(actor.businessId(), id, now);
        });
    }
}
