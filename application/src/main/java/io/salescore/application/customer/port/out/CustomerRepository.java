package io.salescore.application.customer.port.out;

import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;

import java.util.Optional;

/** Port: customers of a business. */
public interface CustomerRepository {

    void insert(Customer customer);

    Optional<Customer> findById(BusinessId business, CustomerId customer);

    /**
     * Credit at checkout: raises the outstanding balance by {@code amount} in one guarded UPDATE that only
     * succeeds while the customer is active, not blocked, not walk-in and has that much available credit.
     */
    boolean addToBalanceWithinLimit(BusinessId business, CustomerId customer, Money amount);

    /** A payment on credit: lowers the outstanding balance by {@code amount} (never below zero). */
    void reduceBalance(BusinessId business, CustomerId customer, Money amount);
}
