package io.salescore.application.customer.port.out;

import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;

import java.time.Instant;
import java.util.Optional;

/** Port: a customer with what they owe overdue, read in one statement. */
public interface CreditStatusQuery {

    /** A customer and what they owe overdue as of {@code now}. */
    record Row(Customer customer, Money overdue) {
    }

    /**
     * The customer with Σ {@code amount_due} of their PARTIAL and PENDING sales completed more than
     * {@code credit_terms_days} × 24 h before {@code now} (all storefronts: the balance is the customer's).
     */
    Optional<Row> find(BusinessId business, CustomerId id, Instant now);
}
