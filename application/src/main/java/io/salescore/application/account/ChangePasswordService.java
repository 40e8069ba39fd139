package io.salescore.application.account;

import io.salescore.application.account.port.in.ChangePasswordCommand;
import io.salescore.application.account.port.in.ChangePasswordUseCase;
import io.salescore.application.account.port.out.CredentialStore;
import io.salescore.application.account.port.out.LoginThrottleLog;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.shared.AuthenticationException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The caller's own password: the attempt goes through the login throttle (a wrong current password counts as a
 * failed login), the current one is checked and the new one hashed outside any transaction; then the
 * new hash, the revocation of every other token of the caller and the audit entry are written in one transaction.
 */
public final class ChangePasswordService implements ChangePasswordUseCase {

    private final UnitOfWork tx;
    private final CredentialStore credentials;
    private final AuditLogRepository audit;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final LoginThrottle throttle;

    public ChangePasswordService(UnitOfWork tx, CredentialStore credentials, LoginThrottleLog throttleLog,
                                 AuditLogRepository audit, PasswordHasher hasher, Clock clock) {
        this.tx = tx;
        this.credentials = credentials;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
        this.throttle = new LoginThrottle(tx, throttleLog, clock);
    }

    @Override
    public void change(Actor actor, String rawToken, ChangePasswordCommand command) {
        String email = tx.read(() -> credentials.findEmail(actor.businessId(), actor.userId()))
                .orElseThrow(AuthenticationException::invalidToken);
        UUID attempt = throttle.admit(email, actor.ipAddress());
        String stored = tx.read(() -> credentials.findPasswordHash(actor.businessId(), actor.userId()))
                .orElseThrow(AuthenticationException::invalidToken);
        if (!hasher.verify(command.currentPassword(), stored)) {
            throw AuthenticationException.wrongCurrentPassword();
        }
        String newHash = hasher.hash(command.newPassword());
        tx.run(() -> {
            Instant now = clock.instant();
            throttle.succeeded(email, actor.ipAddress(), attempt, now);
            credentials.updatePassword(actor.businessId(), actor.userId(), newHash, now);
            int revoked = credentials.revokeOtherTokens(actor.businessId(), actor.userId(), Tokens.hash(rawToken),
                    now);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("user_id", actor.userId().value().toString());
            data.put("tokens_revoked", revoked);
            audit.append(actor, now, List.of(AuditEvent.of("staff.password_changed",
                    actor.name() + " changed their password.", data)));
        });
    }
}
