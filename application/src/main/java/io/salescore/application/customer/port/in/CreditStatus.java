package io.salescore.application.customer.port.in;

import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;

/**
 * A customer's credit standing, what a till checks before selling on credit. {@code overdueBalance} is what the
 * customer still owes on sales completed longer ago than their credit terms; {@code canPurchase} says whether
 * checkout would put some amount on credit now (the rules of checkout step 5: a named, active customer whose credit
 * is not blocked and who has credit left); {@code message} says why not, or how much is left.
 */
public record CreditStatus(CustomerId customerId, String customerName, Money creditLimit, Money outstandingBalance,
                           Money availableCredit, int creditTermsDays, boolean creditBlocked, Money overdueBalance,
                           boolean canPurchase, String message) {

    public static CreditStatus of(Customer customer, Money overdue) {
        Customer.State s = customer.state();
        Money available = customer.availableCredit();
        String refusal = s.walkIn() ? "The walk-in customer cannot buy on credit."
                : !s.active() ? "Customer is inactive."
                : s.creditBlocked() ? "This customer's credit is blocked."
                : available.isZero() ? (s.creditLimit().isZero() ? "This customer has no credit limit."
                : "Credit limit reached: " + s.outstandingBalance() + " outstanding of " + s.creditLimit() + ".")
                : null;
        String message = refusal != null ? refusal : "Available credit: " + available + "."
                + (overdue.isZero() ? "" : " Overdue balance: " + overdue + ".");
        return new CreditStatus(s.id(), s.name(), s.creditLimit(), s.outstandingBalance(), available,
                s.creditTermsDays(), s.creditBlocked(), overdue, refusal == null, message);
    }
}
