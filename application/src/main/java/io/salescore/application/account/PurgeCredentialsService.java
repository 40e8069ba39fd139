package io.salescore.application.account;

import io.salescore.application.account.port.out.CredentialStore;
import io.salescore.application.account.port.out.LoginThrottleLog;
import io.salescore.application.common.UnitOfWork;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sweeper job: tokens past their idle timeout or max age lose their hash, rows of tokens that ended 30 days ago
 * failed-login rows older than 24 hours and addresses of logins older than 30 days are deleted, so none of these
 * tables grows without bound.
 */
public final class PurgeCredentialsService {

    /** Failed logins older than this count for nothing (the throttle looks back 15 minutes). */
    public static final Duration FAILED_LOGIN_RETENTION = Duration.ofHours(24);

    private final UnitOfWork tx;
    private final CredentialStore credentials;
    private final LoginThrottleLog throttleLog;
    private final TokenLifetimes lifetimes;
    private final Clock clock;

    public PurgeCredentialsService(UnitOfWork tx, CredentialStore credentials, LoginThrottleLog throttleLog,
                                   TokenLifetimes lifetimes, Clock clock) {
        this.tx = tx;
        this.credentials = credentials;
        this.throttleLog = throttleLog;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    public void purge() {
        Instant now = clock.instant();
        tx.run(() -> {
            credentials.endExpiredTokens(now, lifetimes.usedSince(now), lifetimes.issuedSince(now));
            credentials.deleteEndedTokens(now.minus(TokenLifetimes.ENDED_RETENTION));
            throttleLog.deleteFailedLoginsBefore(now.minus(FAILED_LOGIN_RETENTION));
            throttleLog.deleteLoginAddressesBefore(now.minus(LoginThrottle.KNOWN_ADDRESS));
        });
    }
}
