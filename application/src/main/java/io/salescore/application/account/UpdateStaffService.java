package io.salescore.application.account;

import io.salescore.application.common.Input;
import io.salescore.application.account.port.in.UpdateStaffCommand;
import io.salescore.application.account.port.in.UpdateStaffUseCase;
import io.salescore.application.account.port.out.StaffDirectory;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.UserId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks access first (so a refused caller costs no password hash), hashes a new password outside the transaction,
 * then changes the locked member; a password reset or an inactive result revokes all of the member's tokens in the
 * same transaction.
 */
public final class UpdateStaffService implements UpdateStaffUseCase {

    private final UnitOfWork tx;
    private final StaffDirectory staff;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditLogRepository audit;

    public UpdateStaffService(UnitOfWork tx, StaffDirectory staff, AuditLogRepository audit,
                              PasswordHasher hasher, Clock clock) {
        this.tx = tx;
        this.staff = staff;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public void checkAccess(Actor actor, UserId id, Input<?> body) {
        StaffMember member = tx.read(() -> staff.findMember(actor.businessId(), id)).orElseThrow(NotFoundException::new);
        body.requireParsable();
        member.requireManageableBy(actor);
    }

    @Override
    public StaffMember update(Actor actor, UserId id, UpdateStaffCommand c) {
        tx.read(() -> staff.findMember(actor.businessId(), id)).orElseThrow(NotFoundException::new)
                .requireManageableBy(actor);
        String passwordHash = c.password() == null ? null : hasher.hash(c.password());
        return tx.inTransaction(() -> {
            StaffMember member = staff.findMemberForUpdate(actor.businessId(), id)
                    .orElseThrow(NotFoundException::new);
            Instant now = clock.instant();
            StaffMember.State before = member.state();
            boolean changed = member.change(actor, c.name(), c.email(), c.role(), c.storefronts(), c.active(), now);
            StorefrontAssignments.requireOwnedBy(staff, actor.businessId(), c.storefronts());
            if (changed || passwordHash != null) {
                staff.updateMember(member, passwordHash);
            }
            int revoked = !member.isActive() || passwordHash != null
                    ? staff.revokeAllTokens(actor.businessId(), id, now) : 0;
            List<AuditEvent> events = new ArrayList<>();
            StaffEvents.changed(member, before).ifPresent(events::add);
            if (passwordHash != null) {
                events.add(StaffEvents.passwordReset(member, revoked));
            }
            if (!events.isEmpty()) {
                audit.append(actor, now, events);
            }
            return member;
        });
    }
}
