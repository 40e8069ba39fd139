package io.salescore.application.account;

import io.salescore.application.account.port.in.ManageTokensUseCase;
import io.salescore.application.account.port.out.CredentialStore;
import io.salescore.application.account.port.out.CredentialStore.TokenInfo;
import io.salescore.application.account.port.out.StaffDirectory;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.StaffMember;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.UserId;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lists and revokes the tokens that still work. Anyone manages their own; for another member: 404 when the
 * business has no such member, then 403 unless the caller is the OWNER or an ADMIN and the member a MANAGER or
 * CASHIER. A revocation is audited ({@code token.revoked}) in its transaction.
 */
public final class TokenService implements ManageTokensUseCase {

    private final UnitOfWork tx;
    private final CredentialStore credentials;
    private final StaffDirectory staff;
    private final AuditLogRepository audit;
    private final TokenLifetimes lifetimes;
    private final Clock clock;

    public TokenService(UnitOfWork tx, CredentialStore credentials, StaffDirectory staff, AuditLogRepository audit,
                        TokenLifetimes lifetimes, Clock clock) {
        this.tx = tx;
        this.credentials = credentials;
        this.staff = staff;
        this.audit = audit;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    @Override
    public Page<TokenView> list(Actor actor, UserId owner, String rawToken, PageRequest page) {
        Instant now = clock.instant();
        Page<TokenInfo> tokens = tx.inTransaction(() -> {
            requireMayManage(actor, owner);
            return credentials.listLiveTokens(actor.businessId(), owner,
                    rawToken == null ? null : Tokens.hash(rawToken), lifetimes.usedSince(now),
                    lifetimes.issuedSince(now), page);
        });
        return tokens.map(t -> new TokenView(t.id(), t.createdAt(), t.lastUsedAt(),
                lifetimes.expiresAt(t.createdAt(), t.lastUsedAt()), t.current()));
    }

    @Override
    public void revoke(Actor actor, UserId owner, UUID tokenId) {
        tx.run(() -> {
            requireMayManage(actor, owner);
            Instant now = clock.instant();
            if (!credentials.revokeTokenById(actor.businessId(), owner, tokenId, now)) {
                throw new NotFoundException();
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("token_id", tokenId.toString());
            data.put("user_id", owner.value().toString());
            String whose = owner.equals(actor.userId()) ? "one of their own tokens" : "a token of another member";
            audit.append(actor, now, List.of(AuditEvent.of("token.revoked", actor.name() + " revoked " + whose + ".",
                    data)));
        });
    }

    private void requireMayManage(Actor actor, UserId owner) {
        if (owner.equals(actor.userId())) {
            return;
        }
        StaffMember member = staff.findMember(actor.businessId(), owner).orElseThrow(NotFoundException::new);
        StaffMember.requireStaffManager(actor);
        if (!actor.role().mayManageStaffWithRole(member.state().role())) {
            throw new PermissionDeniedException("Admins may only manage the tokens of managers and cashiers.");
        }
    }
}
