package io.salescore.domain.session;

import io.salescore.domain.access.Role;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One user's drawer at one storefront, OPEN until counted and then CLOSED for good. While OPEN the closing
 * fields are null; at close the expected cash is frozen beside the count and their difference.
 */
public record TillSession(UUID id, StorefrontId storefront, UserId user, SessionStatus status, Money openingFloat,
                          Instant openedAt, Instant closedAt, BigDecimal expectedCash, Money countedCash,
                          BigDecimal difference, String closingNote, UserId closedBy, String zNumber) {

    public static final String INVALID_STATUS = "INVALID_SESSION_STATUS";
    public static final int NOTE_MAX = 1000;

    /** A new OPEN session with its float (≥ 0, which {@link Money} guarantees). */
    public static TillSession open(UUID id, StorefrontId storefront, UserId user, Money openingFloat, Instant now) {
        if (openingFloat == null) {
            throw io.salescore.domain.shared.ValidationException.field("opening_float", "This field is required.");
        }
        return new TillSession(id, storefront, user, SessionStatus.OPEN, openingFloat, now, null, null, null, null,
                null, null, null);
    }

    public boolean isOpen() {
        return status == SessionStatus.OPEN;
    }

    /** Moving money into, or closing, a CLOSED session is refused: CLOSED is final. */
    public void requireOpen() {
        if (!isOpen()) {
            throw new BusinessRuleException(INVALID_STATUS, "This session is closed.",
                    "Session status is " + status + "; allowed: OPEN",
                    Map.of("session_status", status.name()), Map.of());
        }
    }

    /** A CASHIER uses (sells into, moves cash in, closes) only their own session; MANAGER and above anyone's. */
    public boolean usableBy(UserId caller, Role role) {
        return role != Role.CASHIER || user.equals(caller);
    }

    public void requireUsableBy(UserId caller, Role role) {
        if (!usableBy(caller, role)) {
            throw new PermissionDeniedException("A cashier may use only their own session.");
        }
    }

    /** OPEN for longer than {@code maxAge}: listed as stale and flagged on its X report, never closed by itself. */
    public boolean isStale(Instant now, Duration maxAge) {
        return isOpen() && openedAt.plus(maxAge).isBefore(now);
    }

    /**
     * The closed session: the given expected cash is frozen, the count recorded as given and the difference
     * (counted − expected) kept, never forced to zero.
     */
    public TillSession close(BigDecimal expected, Money counted, String note, UserId by, String zNumber, Instant now) {
        requireOpen();
        if (counted == null) {
            throw io.salescore.domain.shared.ValidationException.field("counted_cash", "This field is required.");
        }
        String n = note == null ? "" : note.strip();
        if (n.length() > NOTE_MAX) {
            throw io.salescore.domain.shared.ValidationException.field("note",
                    "Ensure this field has no more than 1000 characters.");
        }
        return new TillSession(id, storefront, user, SessionStatus.CLOSED, openingFloat, openedAt, now, expected,
                counted, CashFigures.difference(counted, expected), n, by, zNumber);
    }

    /** The Z report's number: {@code Z-<storefront code>-<n>}, n counting per storefront from 1. */
    public static String zNumber(String storefrontCode, long n) {
        return "Z-" + storefrontCode + "-" + n;
    }
}
