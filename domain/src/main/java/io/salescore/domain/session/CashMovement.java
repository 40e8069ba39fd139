package io.salescore.domain.session;

import io.salescore.domain.access.Role;
import io.salescore.domain.account.BusinessSettings;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.ValidationException;

import java.time.Instant;
import java.util.UUID;

/**
 * Cash moved into or out of a drawer outside a sale: more than zero, with a reason. {@code approvedBy} is the
 * MANAGER or above who made a pay-out larger than a cashier may make, else null.
 */
public record CashMovement(UUID id, UUID session, CashMovementKind kind, Money amount, String reason, UserId user,
                           UserId approvedBy, Instant createdAt) {

    public static final int REASON_MAX = 255;

    public CashMovement {
        if (amount == null || amount.isZero()) {
            throw ValidationException.field("amount", "Must be greater than zero.");
        }
        reason = reason == null ? "" : reason.strip();
        if (reason.isEmpty()) {
            throw ValidationException.field("reason", "This field is required.");
        }
        if (reason.length() > REASON_MAX) {
            throw ValidationException.field("reason", "Ensure this field has no more than 255 characters.");
        }
    }

    /**
     * A movement made by {@code role} in {@code session}: the session must be OPEN; a CASHIER only in their own
     * session, and a PAY_OUT only up to the business's {@code cashier_max_pay_out}. Larger pay-outs by MANAGER and
     * above are recorded with them as approver.
     */
    public static CashMovement make(UUID id, TillSession session, CashMovementKind kind, Money amount, String reason,
                                    UserId user, Role role, BusinessSettings settings, Instant now) {
        session.requireOpen();
        CashMovement movement = new CashMovement(id, session.id(), kind, amount, reason, user, null, now);
        if (role == Role.CASHIER && !session.user().equals(user)) {
            throw new PermissionDeniedException("A cashier moves cash only in their own session.");
        }
        boolean aboveCashierLimit = kind == CashMovementKind.PAY_OUT
                && amount.isGreaterThan(settings.cashierMaxPayOut());
        if (aboveCashierLimit && role == Role.CASHIER) {
            throw new PermissionDeniedException("A pay-out above " + settings.cashierMaxPayOut()
                    + " needs a manager.");
        }
        return aboveCashierLimit ? new CashMovement(id, session.id(), kind, amount, movement.reason(), user, user, now)
                : movement;
    }
}
