package io.salescore.application.account;

import io.salescore.application.account.port.in.AuthenticateUseCase;
import io.salescore.application.account.port.out.CredentialStore;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.AuthenticationException;

import java.time.Clock;
import java.time.Instant;

/**
 * One indexed lookup by token hash per request; no cache, so role changes and revocations apply at once. A token
 * past its idle timeout or max age is refused; its last use is written at most once a minute (one short write
 * then, none on the other requests).
 */
public final class AuthenticateService implements AuthenticateUseCase {

    private final UnitOfWork tx;
    private final CredentialStore credentials;
    private final TokenLifetimes lifetimes;
    private final Clock clock;

    public AuthenticateService(UnitOfWork tx, CredentialStore credentials, TokenLifetimes lifetimes, Clock clock) {
        this.tx = tx;
        this.credentials = credentials;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    @Override
    public Actor authenticate(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 255) {
            throw AuthenticationException.invalidToken();
        }
        byte[] hash = Tokens.hash(rawToken);
        Instant now = clock.instant();
        CredentialStore.LiveToken token = tx.read(() -> credentials.findLiveToken(hash, lifetimes.usedSince(now),
                lifetimes.issuedSince(now))).orElseThrow(AuthenticationException::invalidToken);
        if (!token.lastUsedAt().plus(TokenLifetimes.TOUCH_EVERY).isAfter(now)) {
            tx.run(() -> credentials.touchToken(token.id(), now));
        }
        return token.actor();
    }
}
