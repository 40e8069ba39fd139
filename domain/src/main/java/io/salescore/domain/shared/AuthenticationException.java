package io.salescore.domain.shared;

import java.time.Duration;
import java.util.Map;

/** Who the caller is could not be established: {@code INVALID_CREDENTIALS}, {@code INVALID_TOKEN}, {@code INVALID_SIGNATURE}, {@code TOO_MANY_ATTEMPTS}. */
public final class AuthenticationException extends DomainException {

    private final Duration retryAfter;

    private AuthenticationException(Kind kind, String code, String message, Duration retryAfter) {
        super(kind, code, message, "", Map.of(), Map.of());
        this.retryAfter = retryAfter;
    }

    public static AuthenticationException invalidCredentials() {
        return new AuthenticationException(Kind.REFUSED, "INVALID_CREDENTIALS", "Invalid email or password.", null);
    }

    /** {@code me/password}: the current password given is not the caller's. */
    public static AuthenticationException wrongCurrentPassword() {
        return new AuthenticationException(Kind.REFUSED, "INVALID_CREDENTIALS", "The current password is not correct.", null);
    }

    public static AuthenticationException invalidToken() {
        return new AuthenticationException(Kind.UNAUTHENTICATED, "INVALID_TOKEN", "Invalid token.", null);
    }

    /** A receipt link whose signature is wrong or whose time has passed. */
    public static AuthenticationException invalidSignature() {
        return new AuthenticationException(Kind.UNAUTHENTICATED, "INVALID_SIGNATURE", "This receipt link is invalid or has expired.", null);
    }

    public static AuthenticationException tooManyAttempts(Duration retryAfter) {
        return new AuthenticationException(Kind.THROTTLED, "TOO_MANY_ATTEMPTS",
                "Too many failed login attempts. Try again later.", retryAfter);
    }

    /** How long a client should wait before trying again, when the failure is a lock-out. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
