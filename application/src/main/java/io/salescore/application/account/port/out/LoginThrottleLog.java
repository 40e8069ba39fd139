package io.salescore.application.account.port.out;

import java.time.Instant;
import java.util.UUID;

/**
 * Port: what the login throttle remembers, login attempts (email, address, time) counted over a sliding window and
 * the addresses each email logged in from successfully, and the deletion of both once they are old.
 */
public interface LoginThrottleLog {

    /** Serialises attempts for one email until the transaction ends. */
    void lockLoginEmail(String email);

    /**
     * Attempts for the email after a time (strictly: one at {@code since} itself is out of the window): all of them
     * and those from one address, with the oldest of each ({@code null} when there is none).
     */
    record LoginAttempts(int total, Instant oldest, int fromAddress, Instant oldestFromAddress) {
    }

    LoginAttempts countLoginAttempts(String email, String address, Instant since);

    /** Records an attempt; returns its id (deleted again when the password matches). */
    UUID recordLoginAttempt(String email, String address, Instant at);

    void deleteLoginAttempt(UUID attempt);

    /** Remembers that the email logged in successfully from the address at {@code at}. */
    void recordSuccessfulLogin(String email, String address, Instant at);

    /** Whether the email logged in successfully from the address at or after {@code since}. */
    boolean loggedInFrom(String email, String address, Instant since);

    /** Forgets addresses of successful logins older than {@code before}. */
    int deleteLoginAddressesBefore(Instant before);

    /** Deletes failed-login rows older than {@code before}. */
    int deleteFailedLoginsBefore(Instant before);
}
