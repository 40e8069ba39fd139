package io.salescore.application.account;

import io.salescore.application.account.port.out.LoginThrottleLog;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.shared.AuthenticationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Brute force is slowed in the database, so every instance agrees. Before a password is hashed, the attempt is
 * admitted and recorded in its own short transaction that holds a lock per email, so concurrent guesses are
 * counted one after the other and none slips past. Over the last {@link #WINDOW} (sliding): at most
 * {@value #PER_ADDRESS} attempts per (email, address) and {@value #PER_EMAIL} per email; an address the email
 * logged in from successfully in the last {@link #KNOWN_ADDRESS} is exempt from the per-email ceiling and keeps
 * only its own limit, so a stranger cannot lock the real till out. A matching password deletes its attempt.
 */
final class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ADDRESS = 10;
    static final int PER_EMAIL = 50;
    static final Duration KNOWN_ADDRESS = Duration.ofDays(30);

    private final UnitOfWork tx;
    private final LoginThrottleLog throttleLog;
    private final Clock clock;

    LoginThrottle(UnitOfWork tx, LoginThrottleLog throttleLog, Clock clock) {
        this.tx = tx;
        this.throttleLog = throttleLog;
        this.clock = clock;
    }

    /** Records an attempt and returns its id, or refuses with {@code TOO_MANY_ATTEMPTS} (then nothing is recorded). */
    UUID admit(String email, String address) {
        String from = address == null ? "" : address;
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            throttleLog.lockLoginEmail(email);
            LoginThrottleLog.LoginAttempts seen = throttleLog.countLoginAttempts(email, from, now.minus(WINDOW));
            if (seen.fromAddress() >= PER_ADDRESS) {
                throw refusal(now, seen.oldestFromAddress());
            }
            if (seen.total() >= PER_EMAIL && !throttleLog.loggedInFrom(email, from, now.minus(KNOWN_ADDRESS))) {
                throw refusal(now, seen.oldest());
            }
            return throttleLog.recordLoginAttempt(email, from, now);
        });
    }

    /** In the caller's transaction: the password matched, so its attempt goes and the address becomes known. */
    void succeeded(String email, String address, UUID attempt, Instant now) {
        throttleLog.deleteLoginAttempt(attempt);
        throttleLog.recordSuccessfulLogin(email, address == null ? "" : address, now);
    }

    private static AuthenticationException refusal(Instant now, Instant oldest) {
        Duration wait = oldest == null ? WINDOW : Duration.between(now, oldest.plus(WINDOW));
        return AuthenticationException.tooManyAttempts(wait.compareTo(Duration.ofSeconds(1)) < 0
                ? Duration.ofSeconds(1) : wait);
    }
}
