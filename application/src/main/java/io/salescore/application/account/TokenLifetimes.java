package io.salescore.application.account;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an API token works: {@code idle} after its last use ({@code POS_TOKEN_IDLE_TIMEOUT}) and {@code maxAge}
 * after its issue ({@code POS_TOKEN_MAX_AGE}). The last use is written at most once per {@link #TOUCH_EVERY}, so a
 * token's expiry is known to within that much and no request pays a write for it.
 */
public record TokenLifetimes(Duration idle, Duration maxAge) {

    public static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** Ended tokens (revoked or expired) keep their row, without the hash, this long. */
    public static final Duration ENDED_RETENTION = Duration.ofDays(30);

    public TokenLifetimes {
        if (idle.compareTo(Duration.ofMinutes(5)) < 0) {
            throw new IllegalArgumentException("The token idle timeout must be at least PT5M");
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("The token max age must be positive");
        }
    }

    public static TokenLifetimes defaults() {
        return new TokenLifetimes(Duration.ofHours(12), Duration.ofDays(30));
    }

    /** A token last used before this is idle-expired at {@code now}. */
    public Instant usedSince(Instant now) {
        return now.minus(idle);
    }

    /** A token issued before this is too old at {@code now}. */
    public Instant issuedSince(Instant now) {
        return now.minus(maxAge);
    }

    /** When a token issued at {@code created} and last used at {@code lastUsed} stops working, unless used again. */
    public Instant expiresAt(Instant created, Instant lastUsed) {
        Instant idleEnd = lastUsed.plus(idle);
        Instant ageEnd = created.plus(maxAge);
        return idleEnd.isBefore(ageEnd) ? idleEnd : ageEnd;
    }
}
