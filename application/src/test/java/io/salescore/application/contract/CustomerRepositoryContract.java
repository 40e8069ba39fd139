package io.salescore.application.contract;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.customer.port.CustomerQuery;
import io.salescore.application.customer.port.out.CreditEntry;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link CustomerRepository}: customers read back as written, within their business; phones are
 * unique per business by their digits; the balance moves only through the two guarded balance methods; the list
 * puts the walk-in customer first. Subclass it with your adapter and its {@link ContractFixture}.
 */
public abstract class CustomerRepositoryContract<F extends ContractFixture> extends PortContract<F> {

    /** The adapter under test, working on {@code fixture}'s store and joining its unit of work. */
    protected abstract CustomerRepository customerRepository(F fixture);

    private CustomerRepository repo;

    @Override
    protected void afterSetUp() {
        repo = customerRepository(fixture);
    }

    private Customer customer(String name, String phone, CustomerType type, String limit) {
        return Customer.create(CustomerId.of(UUID.randomUUID()), shop.business(), name, name.toLowerCase()
                        .replace(' ', '.') + "@example.com", phone, "12 Harbour Road", "Kofi", "TX-1", "pays Fridays",
                type, Money.of(limit), 30, false, at(10));
    }

    private Customer inserted(String name, String phone, CustomerType type, String limit) {
        Customer c = customer(name, phone, type, limit);
        run(() -> repo.insert(c));
        return c;
    }

    private CreditEntry entry(CreditEntry.Type type) {
        return new CreditEntry(UUID.randomUUID(), type, null, null, "contract test", shop.staff(), at(20));
    }

    private Money balance(Customer c) {
        return tx(() -> repo.findById(shop.business(), c.id())).orElseThrow().state().outstandingBalance();
    }

    private List<String> names(CustomerQuery query) {
        Page<Customer> page = tx(() -> repo.list(shop.business(), query, PageRequest.first()));
        return page.items().stream().map(Customer::name).toList();
    }

    @Test
    void a_customer_reads_back_with_every_field() {
        Customer c = inserted("Efua Boateng", "+233 20 555 0101", CustomerType.WHOLESALE, "500.00");

        assertThat(tx(() -> repo.findById(shop.business(), c.id()))).hasValueSatisfying(read ->
                assertThat(read.state()).isEqualTo(c.state()));
        assertThat(tx(() -> repo.findForUpdate(shop.business(), c.id()))).hasValueSatisfying(read ->
                assertThat(read.state()).isEqualTo(c.state()));
    }

    @Test
    void another_business_does_not_find_the_customer() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        Customer c = inserted("Efua Boateng", "", CustomerType.RETAIL, "0.00");

        assertThat(tx(() -> repo.findById(other.business(), c.id()))).isEmpty();
        assertThat(tx(() -> repo.findForUpdate(other.business(), c.id()))).isEmpty();
        assertThat(tx(() -> repo.addToBalanceWithinLimit(other.business(), c.id(), Money.of("1.00"),
                entry(CreditEntry.Type.CREDIT_SALE)))).isFalse();
    }

    @Test
    void phones_are_unique_per_business_by_their_digits_and_customers_without_one_never_collide() {
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        inserted("Efua Boateng", "+233 20 555 0101", CustomerType.RETAIL, "0.00");
        Customer same = customer("Kwame Asante", "233-20-555-0101", CustomerType.RETAIL, "0.00");

        assertThatThrownBy(() -> run(() -> repo.insert(same))).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo("DUPLICATE_PHONE"));
        run(() -> repo.insert(Customer.create(CustomerId.of(UUID.randomUUID()), other.business(), "Kwame Asante",
                "", "+233 20 555 0101", "", CustomerType.RETAIL, Money.ZERO, 30, false, at(10))));
        inserted("No Phone One", "", CustomerType.RETAIL, "0.00");
        inserted("No Phone Two", "", CustomerType.RETAIL, "0.00");

        assertThat(tx(() -> repo.findById(shop.business(), same.id()))).isEmpty();
    }

    @Test
    void update_writes_the_editable_fields_but_never_the_balance() {
        Customer c = inserted("Efua Boateng", "0201", CustomerType.RETAIL, "100.00");
        run(() -> repo.addToBalanceWithinLimit(shop.business(), c.id(), Money.of("40.00"),
                entry(CreditEntry.Type.CREDIT_SALE)));

        c.update("Efua B. Mensah", "efua@example.org", "0202", "Market Street 3", CustomerType.WHOLESALE,
                Money.of("250.00"), 45, true, null, at(30));
        run(() -> repo.update(c));

        Customer read = tx(() -> repo.findById(shop.business(), c.id())).orElseThrow();
        assertThat(read.state()).isEqualTo(c.state().withOutstandingBalance(Money.of("40.00")));
    }

    @Test
    void update_to_a_phone_taken_by_another_customer_is_a_conflict() {
        inserted("Efua Boateng", "0201 111", CustomerType.RETAIL, "0.00");
        Customer c = inserted("Kwame Asante", "0201 222", CustomerType.RETAIL, "0.00");
        c.update(null, null, "0201-111", null, null, null, null, null, null, at(30));

        assertThatThrownBy(() -> run(() -> repo.update(c))).isInstanceOf(ConflictException.class);
        assertThat(tx(() -> repo.findById(shop.business(), c.id()))).hasValueSatisfying(read ->
                assertThat(read.state().phone()).isEqualTo("0201 222"));
    }

    @Test
    void the_balance_grows_only_within_the_available_credit_and_never_for_walk_in_blocked_or_inactive_customers() {
        Customer c = inserted("Efua Boateng", "", CustomerType.RETAIL, "100.00");
        Customer blocked = customer("Blocked Buyer", "", CustomerType.RETAIL, "100.00");
        blocked.update(null, null, null, null, null, null, null, true, null, at(10));
        run(() -> repo.insert(blocked));
        Customer inactive = inserted("Gone Away", "", CustomerType.RETAIL, "100.00");
        inactive.deactivate(at(11));
        run(() -> repo.update(inactive));

        assertThat(tx(() -> repo.addToBalanceWithinLimit(shop.business(), c.id(), Money.of("60.00"),
                entry(CreditEntry.Type.CREDIT_SALE)))).isTrue();
        assertThat(tx(() -> repo.addToBalanceWithinLimit(shop.business(), c.id(), Money.of("40.01"),
                entry(CreditEntry.Type.CREDIT_SALE)))).isFalse();
        assertThat(tx(() -> repo.addToBalanceWithinLimit(shop.business(), c.id(), Money.of("40.00"),
                entry(CreditEntry.Type.CREDIT_SALE)))).isTrue();
        assertThat(balance(c)).isEqualTo(Money.of("100.00"));

        assertThat(tx(() -> repo.addToBalanceWithinLimit(shop.business(), shop.walkIn(), Money.of("1.00"),
                entry(CreditEntry.Type.CREDIT_SALE)))).as("walk-in").isFalse();
        assertThat(tx(() -> repo.addToBalanceWithinLimit(shop.business(), blocked.id(), Money.of("1.00"),
                entry(CreditEntry.Type.CREDIT_SALE)))).as("blocked").isFalse();
        assertThat(tx(() -> repo.addToBalanceWithinLimit(shop.business(), inactive.id(), Money.of("1.00"),
                entry(CreditEntry.Type.CREDIT_SALE)))).as("inactive").isFalse();
        assertThat(balance(blocked)).isEqualTo(Money.ZERO);
        assertThat(balance(inactive)).isEqualTo(Money.ZERO);
    }

    @Test
    void reducing_the_balance_stops_at_zero_and_works_for_blocked_customers() {
        Customer c = inserted("Efua Boateng", "", CustomerType.RETAIL, "100.00");
        run(() -> repo.addToBalanceWithinLimit(shop.business(), c.id(), Money.of("30.00"),
                entry(CreditEntry.Type.CREDIT_SALE)));
        c.update(null, null, null, null, null, null, null, true, null, at(15));
        run(() -> repo.update(c));

        run(() -> repo.reduceBalance(shop.business(), c.id(), Money.of("10.00"), entry(CreditEntry.Type.PAYMENT)));
        assertThat(balance(c)).isEqualTo(Money.of("20.00"));
        run(() -> repo.reduceBalance(shop.business(), c.id(), Money.of("50.00"), entry(CreditEntry.Type.REFUND)));
        assertThat(balance(c)).isEqualTo(Money.ZERO);
    }

    @Test
    void reducing_the_balance_of_a_customer_the_business_does_not_have_is_an_error() {
        assertThatThrownBy(() -> run(() -> repo.reduceBalance(shop.business(), CustomerId.of(UUID.randomUUID()),
                Money.of("1.00"), entry(CreditEntry.Type.PAYMENT)))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_list_puts_the_walk_in_customer_first_then_orders_by_name_ignoring_case_and_pages() {
        inserted("charlie Owusu", "", CustomerType.RETAIL, "0.00");
        inserted("Abena Osei", "", CustomerType.RETAIL, "0.00");
        inserted("bright Adjei", "", CustomerType.RETAIL, "0.00");

        Page<Customer> second = tx(() -> repo.list(shop.business(), CustomerQuery.activeOnly(), new PageRequest(2, 2)));

        assertThat(names(CustomerQuery.activeOnly())).containsExactly(Customer.WALK_IN_NAME, "Abena Osei",
                "bright Adjei", "charlie Owusu");
        assertThat(second.items()).extracting(Customer::name).containsExactly("bright Adjei", "charlie Owusu");
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void the_list_filters_by_activity_type_and_a_search_in_name_email_phone_digits_or_name_key() {
        Customer gone = inserted("Gone Away", "", CustomerType.RETAIL, "0.00");
        gone.deactivate(at(11));
        run(() -> repo.update(gone));
        inserted("Efua Boateng", "+233 (20) 555-0101", CustomerType.WHOLESALE, "0.00");
        inserted("Kwame Asante", "", CustomerType.RETAIL, "0.00");
        Shop other = newShop("Other Shop", "UTC", "OTHER");
        run(() -> repo.insert(Customer.create(CustomerId.of(UUID.randomUUID()), other.business(), "Efua Other",
                "", "", "", CustomerType.WHOLESALE, Money.ZERO, 30, false, at(10))));

        assertThat(names(new CustomerQuery(null, List.of(), null))).containsExactly(Customer.WALK_IN_NAME,
                "Efua Boateng", "Gone Away", "Kwame Asante");
        assertThat(names(new CustomerQuery(null, List.of(), false))).containsExactly("Gone Away");
        assertThat(names(new CustomerQuery(null, List.of(CustomerType.WHOLESALE), true)))
                .containsExactly("Efua Boateng");
        assertThat(names(new CustomerQuery("BOATENG", List.of(), true))).containsExactly("Efua Boateng");
        assertThat(names(new CustomerQuery("efua.boateng@", List.of(), true))).containsExactly("Efua Boateng");
        assertThat(names(new CustomerQuery("5550101", List.of(), true))).as("phone digits")
                .containsExactly("Efua Boateng");
        assertThat(names(new CustomerQuery("walk-in-customer", List.of(), true))).as("name key")
                .containsExactly(Customer.WALK_IN_NAME);
        assertThat(names(new CustomerQuery("nobody", List.of(), null))).isEmpty();
    }
}
