package io.salescore.examples.embedding;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.customer.port.CustomerQuery;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /**
     * The business's customers that match, the walk-in customer first, then by name ignoring case, then id (as
     * PostgreSQL orders uuids: by their lowercase text).
     */
    @Override
    public Page<Customer> list(BusinessId business, CustomerQuery query, PageRequest page) {
        List<Customer.State> matching = customers.rows()
                .filter(c -> c.businessId().equals(business) && matches(query, c))
                .sorted(Comparator.comparing((Customer.State c) -> !c.walkIn())
                        .thenComparing(c -> c.name().toLowerCase(Locale.ROOT))
                        .thenComparing(c -> c.id().value().toString()))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).map(Customer::restore).toList(),
                matching.size(), page);
    }

    /** A search that looks like (part of) a phone number also matches phones by their digits. */
    private static final Pattern PHONE_LIKE = Pattern.compile("^[0-9+()\\-.\\s]+$");

    /** {@link CustomerQuery}'s rules: active, any of the types, and the search in name, email, phone or name key. */
    private static boolean matches(CustomerQuery query, Customer.State c) {
        if (query.active() != null && c.active() != query.active()) {
            return false;
        }
        if (!query.types().isEmpty() && !query.types().contains(c.type())) {
            return false;
        }
        String search = query.search();
        if (search == null) {
            return true;
        }
        String text = search.toLowerCase(Locale.ROOT);
        String digits = PHONE_LIKE.matcher(search).matches() ? Customer.phoneDigits(search) : "";
        String key = Customer.searchKey(search);
        return contains(c.name(), text) || contains(c.email(), text) || contains(c.phone(), text)
                || (!digits.isEmpty() && Customer.phoneDigits(c.phone()).contains(digits))
                || (!key.isEmpty() && Customer.searchKey(c.name()).contains(key));
    }

    private static boolean contains(String value, String lowerText) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerText);
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
