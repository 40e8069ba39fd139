package io.salescore.examples.embedding;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.customer.port.in.CustomerQuery;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CustomerRepository} over a {@link Table} of {@link Customer.State}. The balance moves only through the two
 * balance methods; {@link #addToBalanceWithinLimit} is the guarded update of checkout step 5, which in SQL is one
 * {@code UPDATE ... WHERE credit_limit - outstanding_balance >= :amount}.
 */
public final class InMemoryCustomerRepository implements CustomerRepository {

    private final Table<CustomerId, Customer.State> customers;

    public InMemoryCustomerRepository(InMemoryUnitOfWork tx) {
        this.customers = tx.newTable("customer");
    }

    @Override
    public void insert(Customer customer) {
        requireUniquePhone(customer.state());
        customers.put(customer.id(), customer.state());
    }

    @Override
    public Optional<Customer> findById(BusinessId business, CustomerId id) {
        return row(business, id).map(Customer::restore);
    }

    /** The unit of work's lock already keeps other use cases out; a real adapter locks the row here. */
    @Override
    public Optional<Customer> findForUpdate(BusinessId business, CustomerId id) {
        return findById(business, id);
    }

    @Override
    public void update(Customer customer) {
        Customer.State stored = row(customer.state().businessId(), customer.id())
                .orElseThrow(() -> new IllegalStateException("No customer " + customer.id()));
        requireUniquePhone(customer.state());
        customers.put(customer.id(), withBalance(customer.state(), stored.outstandingBalance())); // never the balance
    }

    @Override
    public Page<Customer> list(BusinessId business, CustomerQuery query, PageRequest page) {
        throw new UnsupportedOperationException("The embedding example does not list customers "
                + "(ListCustomersService is not wired); a real adapter implements this");
    }

    @Override
    public boolean addToBalanceWithinLimit(BusinessId business, CustomerId id, Money amount,
                                           io.salescore.application.customer.port.out.CreditEntry entry) {
        Optional<Customer.State> found = row(business, id);
        if (found.isEmpty()) {
            return false;
        }
        Customer.State c = found.get();
        boolean fits = c.active() && !c.creditBlocked() && !c.walkIn()
                && c.creditLimit().amount().subtract(c.outstandingBalance().amount()).compareTo(amount.amount()) >= 0;
        if (!fits) {
            return false; // the guard refused: nothing changes
        }
        customers.put(id, withBalance(c, c.outstandingBalance().plus(amount)));
        return true;
    }

    @Override
    public void reduceBalance(BusinessId business, CustomerId id, Money amount,
                              io.salescore.application.customer.port.out.CreditEntry entry) {
        Customer.State c = row(business, id)
                .orElseThrow(() -> new IllegalStateException("No customer " + id + " in business " + business));
        customers.put(id, withBalance(c, c.outstandingBalance().minusOrZero(amount)));
    }

    /** The business's walk-in customer (for {@link InMemoryCatalog#customerOrWalkIn}). */
    Optional<Customer> walkIn(BusinessId business) {
        return customers.rows().filter(c -> c.businessId().equals(business) && c.walkIn()).findFirst()
                .map(Customer::restore);
    }

    private Optional<Customer.State> row(BusinessId business, CustomerId id) {
        return customers.find(id).filter(c -> c.businessId().equals(business));
    }

    /** Phones are unique per business by their digits; customers without a phone never collide. */
    private void requireUniquePhone(Customer.State customer) {
        String digits = Customer.phoneDigits(customer.phone());
        boolean taken = !digits.isEmpty() && customers.rows().anyMatch(c -> c.businessId().equals(customer.businessId())
                && !c.id().equals(customer.id()) && Customer.phoneDigits(c.phone()).equals(digits));
        if (taken) {
            throw new ConflictException("DUPLICATE_PHONE", "A customer with this phone number already exists.",
                    Map.of("phone", List.of("A customer with this phone number already exists.")));
        }
    }

    private static Customer.State withBalance(Customer.State s, Money balance) {
        return s.withOutstandingBalance(balance);
    }
}
