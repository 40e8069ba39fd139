package io.salescore.application.customer.port.out;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.customer.port.CustomerQuery;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;

import java.util.Optional;

/**
 * Port: customers of a business. Phones are unique per business by their digits, among all customers (active or
 * not); customers without a phone never collide. Balances change only through the two balance methods, each one
 * guarded statement, so concurrent checkouts and payments stay exact without locking the customer first;
 * each writes its {@link CreditEntry} to the customer's account ledger in that statement.
 */
public interface CustomerRepository {

    /** @throws io.salescore.domain.shared.ConflictException {@code DUPLICATE_PHONE} */
    void insert(Customer customer);

    Optional<Customer> findById(BusinessId business, CustomerId id);

    /**
     * The customer, locked until the transaction ends: for edits of the customer itself (PATCH, DELETE), so two
     * edits never lose each other's changes. Checkout does not need it (see {@link #addToBalanceWithinLimit}).
     */
    Optional<Customer> findForUpdate(BusinessId business, CustomerId id);

    /**
     * Writes the editable fields (contact, type, credit terms, active); never the outstanding balance.
     *
     * @throws io.salescore.domain.shared.ConflictException {@code DUPLICATE_PHONE}
     */
    void update(Customer customer);

    /**
     * One page of the business's customers matching the query: the walk-in customer first, then by name
     * (case-insensitive), then id (compat.md E9, D-4).
     */
    Page<Customer> list(BusinessId business, CustomerQuery query, PageRequest page);

    /**
     * Checkout step 5 in one guarded UPDATE: adds {@code amount} to the balance only if the customer is active, not
     * credit-blocked, not the walk-in customer and has at least {@code amount} of available credit. Exact under
     * concurrency (the row lock of the UPDATE serialises, the guard is re-checked on the newest row).
     *
     * @return whether the balance grew; false changes nothing
     */
    boolean addToBalanceWithinLimit(BusinessId business, CustomerId customer, Money amount, CreditEntry entry);

    /**
     * Money coming in (record_payment) or a refund taking off what is owed: lowers the balance by {@code amount},
     * never below zero, whatever the customer's state (blocked or inactive customers may pay).
     *
     * @throws IllegalStateException when the business has no such customer (a sale always references one)
     */
    void reduceBalance(BusinessId business, CustomerId customer, Money amount, CreditEntry entry);
}
