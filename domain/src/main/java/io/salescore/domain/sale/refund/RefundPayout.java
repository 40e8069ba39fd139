package io.salescore.domain.sale.refund;

import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.ValidationException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a refund's money goes (domain.md "Refunds and returns", Where the money goes). What the sale still owes is
 * reduced first ({@code credit}); the rest is paid out: to the customer's balance on other sales for
 * {@link RefundMethod#ACCOUNT} (never below zero, the remainder by the sale's own tender), else by one method. By a
 * method, never more than the sale took by it net of change and of earlier payouts by it — unless the caller may
 * override (OWNER or ADMIN), who may also pay out by a method the sale did not take, capped only by the sale's net
 * paid overall.
 */
public final class RefundPayout {

    /** How a refund is asked to be paid out. */
    public enum RefundMethod {
        CASH, CARD, MOBILE, BANK_TRANSFER, OTHER, ACCOUNT;

        public Optional<PaymentMethod> paymentMethod() {
            return this == ACCOUNT ? Optional.empty() : Optional.of(PaymentMethod.valueOf(name()));
        }
    }

    /**
     * The outcome: {@code credit} off this sale's amount due, {@code paidOut} handed back (of which
     * {@code account} to the customer's balance on other sales and the rest by {@code payoutMethod}, null when
     * nothing is handed back by a method).
     */
    public record Split(Money credit, Money account, Money paidOut, RefundMethod method, PaymentMethod payoutMethod) {

        /** What is handed back by {@link #payoutMethod}. */
        public Money byMethod() {
            return paidOut.minusOrZero(account);
        }
    }

    /**
     * @param amount       the refund's amount
     * @param due          what the sale still owes
     * @param available    per method, what the sale took net of change and of earlier payouts by it
     * @param requested    the method asked for, or empty for the sale's own tender
     * @param accountRoom  the customer's balance on other sales (zero for walk-in customers)
     * @param namedCustomer whether the sale has a named (not walk-in) customer
     * @param mayOverride  OWNER or ADMIN
     */
    public static Split of(Money amount, Money due, Map<PaymentMethod, Money> available,
                           Optional<RefundMethod> requested, Money accountRoom, boolean namedCustomer,
                           boolean mayOverride) {
        Money credit = amount.isGreaterThan(due) ? due : amount;
        Money rest = amount.minusOrZero(credit);
        RefundMethod method = requested.orElse(null);
        Money account = Money.ZERO;
        if (method == RefundMethod.ACCOUNT) {
            if (!namedCustomer) {
                throw ValidationException.field("refund_method",
                        "ACCOUNT refunds need a named customer; this sale is a walk-in sale.");
            }
            account = rest.isGreaterThan(accountRoom) ? accountRoom : rest;
        }
        Money byMethod = rest.minusOrZero(account);
        if (byMethod.isZero()) {
            return new Split(credit, account, rest, method == null ? ownTender(available, Money.ZERO) : method, null);
        }
        PaymentMethod payout = method == null || method == RefundMethod.ACCOUNT
                ? defaultMethod(available, byMethod, mayOverride)
                : method.paymentMethod().orElseThrow();
        Money took = available.getOrDefault(payout, Money.ZERO);
        if (byMethod.isGreaterThan(took)) {
            if (!mayOverride) {
                if (took.isZero()) {
                    throw new PermissionDeniedException("Only an owner or admin may pay out by " + payout
                            + ", a method this sale was not paid by.");
                }
                throw ValidationException.field("refund_method", "The sale took only " + took + " by " + payout
                        + " that is not yet paid back; " + byMethod + " cannot be paid out by it.");
            }
            Money net = available.values().stream().reduce(Money.ZERO, Money::plus);
            if (byMethod.isGreaterThan(net)) {
                throw ValidationException.field("refund_method", "Only " + net
                        + " paid on this sale is not yet paid back; " + byMethod + " cannot be paid out.");
            }
        }
        return new Split(credit, account, rest, method == null ? RefundMethod.valueOf(payout.name()) : method, payout);
    }

    /** The sale's own tender: its non-cash method first, then CASH, that can still cover {@code needed}. */
    private static PaymentMethod defaultMethod(Map<PaymentMethod, Money> available, Money needed, boolean mayOverride) {
        for (PaymentMethod m : order()) {
            if (available.getOrDefault(m, Money.ZERO).compareTo(needed) >= 0) {
                return m;
            }
        }
        if (mayOverride) {
            RefundMethod own = ownTender(available, Money.ZERO);
            return own.paymentMethod().orElse(PaymentMethod.CASH);
        }
        throw ValidationException.field("refund_method", "No single method this sale was paid by can pay back "
                + needed + "; name the refund_method.");
    }

    private static RefundMethod ownTender(Map<PaymentMethod, Money> available, Money needed) {
        for (PaymentMethod m : order()) {
            if (available.getOrDefault(m, Money.ZERO).isGreaterThan(needed)) {
                return RefundMethod.valueOf(m.name());
            }
        }
        return RefundMethod.CASH;
    }

    private static List<PaymentMethod> order() {
        return List.of(PaymentMethod.CARD, PaymentMethod.MOBILE, PaymentMethod.BANK_TRANSFER, PaymentMethod.OTHER,
                PaymentMethod.CASH);
    }

    private RefundPayout() {
    }
}
