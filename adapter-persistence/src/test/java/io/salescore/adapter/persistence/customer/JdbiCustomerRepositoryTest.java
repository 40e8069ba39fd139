package io.salescore.adapter.persistence.customer;

import io.salescore.adapter.persistence.account.JdbiAccountRepository;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.support.PostgresTestSupport;
import io.salescore.application.account.port.Profile;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.customer.port.CustomerQuery;
import io.salescore.application.customer.port.out.CreditEntry;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbiCustomerRepositoryTest {

    private final JdbiUnitOfWork tx = PostgresTestSupport.unitOfWork();
    private final JdbiCustomerRepository customers = new JdbiCustomerRepository(tx);
    private final JdbiAccountRepository accounts = new JdbiAccountRepository(tx);

    private CreditEntry entry(CreditEntry.Type type) {
        return new CreditEntry(UUID.randomUUID(), type, null, null, type.name(), null, now);
    }
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final BusinessId business = newBusiness();

    private BusinessId newBusiness() {
        BusinessId id = BusinessId.of(UUID.randomUUID());
        tx.run(() -> accounts.insertBusiness(new Profile.BusinessView(id, "Shop", "USD", "UTC"), now));
        return id;
    }

    private Customer customer(BusinessId in, String name, String phone, String limit) {
        Customer c = Customer.create(CustomerId.of(UUID.randomUUID()), in, name, name.toLowerCase() + "@x.gh", phone,
                "", CustomerType.RETAIL, Money.of(limit), 30, false, now);
        tx.run(() -> customers.insert(c));
        return c;
    }

    private Customer customer(String name, String phone, String limit) {
        return customer(business, name, phone, limit);
    }

    private Customer reload(Customer c) {
        return tx.read(() -> customers.findById(business, c.id())).orElseThrow();
    }

    private static void assertDuplicatePhone(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.code()).isEqualTo("DUPLICATE_PHONE");
            assertThat(e.details()).containsKey("phone");
        });
    }

    @Test
    void a_customer_reads_back_as_it_was_written() {
        Customer c = Customer.create(CustomerId.of(UUID.randomUUID()), business, "Fred", "f@x.gh", "024 555 0101",
                "Osu, Accra", CustomerType.WHOLESALE, Money.of("250.50"), 45, true, now);
        tx.run(() -> customers.insert(c));

        assertThat(reload(c).state()).isEqualTo(c.state());
    }

    @Test
    void contact_person_tax_id_and_notes_are_written_and_changed() {
        Customer c = Customer.create(CustomerId.of(UUID.randomUUID()), business, "Tema Traders", "", "", "",
                "Ama Owusu", "C0012345678", "Pays monthly", CustomerType.WHOLESALE, Money.ZERO, 30, false, now);
        tx.run(() -> customers.insert(c));
        assertThat(reload(c).state()).isEqualTo(c.state());

        c.update(null, null, null, null, "Kofi", "", "x".repeat(1000), null, null, null, null, null,
                now.plusSeconds(1));
        tx.run(() -> customers.update(c));
        assertThat(reload(c).state()).isEqualTo(c.state());
        assertThat(reload(c).state().taxId()).isEmpty();
    }

    @Test
    void another_business_does_not_find_the_customer() {
        Customer c = customer("Fred", "", "0.00");

        assertThat(tx.read(() -> customers.findById(newBusiness(), c.id()))).isEmpty();
        assertThat(tx.inTransaction(() -> customers.findForUpdate(newBusiness(), c.id()))).isEmpty();
        assertThat(tx.inTransaction(() -> customers.findForUpdate(business, c.id()))).isPresent();
    }

    @Test
    void update_writes_the_editable_fields_but_never_the_balance() {
        Customer c = customer("Fred", "0241", "100.00");
        tx.run(() -> customers.addToBalanceWithinLimit(business, c.id(), Money.of("40.00"), entry(CreditEntry.Type.CREDIT_SALE)));

        // c still believes the balance is 0.00: the update must not write it back
        c.update("Fred A.", "", "0242", "Tema", CustomerType.WHOLESALE, Money.of("20.00"), 60, true, false,
                now.plusSeconds(60));
        tx.run(() -> customers.update(c));

        Customer.State s = reload(c).state();
        assertThat(s.name()).isEqualTo("Fred A.");
        assertThat(s.email()).isEmpty();
        assertThat(s.phone()).isEqualTo("0242");
        assertThat(s.address()).isEqualTo("Tema");
        assertThat(s.type()).isEqualTo(CustomerType.WHOLESALE);
        assertThat(s.creditLimit()).isEqualTo(Money.of("20.00"));
        assertThat(s.creditTermsDays()).isEqualTo(60);
        assertThat(s.creditBlocked()).isTrue();
        assertThat(s.active()).isFalse();
        assertThat(s.updatedAt()).isEqualTo(now.plusSeconds(60));
        assertThat(s.outstandingBalance()).isEqualTo(Money.of("40.00"));
        assertThat(reload(c).availableCredit()).isEqualTo(Money.ZERO);
    }

    @Nested
    class Phones {

        @Test
        void phones_are_unique_by_their_digits_on_insert_and_update() {
            customer("Ama", "+233 24 555 0101", "0.00");
            Customer other = customer("Kofi", "020 000 0000", "0.00");

            assertDuplicatePhone(() -> customer("Esi", "233-24-555-0101", "0.00"));
            other.update(null, null, "(233) 245550101", null, null, null, null, null, null, now);
            assertDuplicatePhone(() -> tx.run(() -> customers.update(other)));
        }

        @Test
        void inactive_customers_keep_their_phone() {
            Customer ama = customer("Ama", "0244 111 222", "0.00");
            ama.deactivate(now);
            tx.run(() -> customers.update(ama));

            assertDuplicatePhone(() -> customer("Esi", "0244111222", "0.00"));
        }

        @Test
        void customers_without_a_phone_never_collide_and_other_businesses_may_share_one() {
            customer("Ama", "", "0.00");
            customer("Esi", "", "0.00");
            customer("Yaw", "n/a", "0.00");
            customer("Kwesi", "unknown", "0.00");
            customer("Abena", "0501234567", "0.00");

            customer(newBusiness(), "Abena", "050 123 4567", "0.00");
        }

        @Test
        void concurrent_inserts_of_one_phone_let_exactly_one_through() throws Exception {
            List<Callable<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String phone = i % 2 == 0 ? "0277 000 111" : "0277-000-111";
                int n = i;
                tries.add(() -> {
                    try {
                        customer("Racer " + n, phone, "0.00");
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                });
            }

            assertThat(runTogether(tries)).containsOnlyOnce(true).hasSize(8);
        }
    }

    @Nested
    class Listing {

        private Page<Customer> list(CustomerQuery query, PageRequest page) {
            return tx.inTransaction(() -> customers.list(business, query, page));
        }

        private List<String> names(CustomerQuery query) {
            return list(query, PageRequest.first()).items().stream().map(Customer::name).toList();
        }

        @Test
        void lists_active_customers_by_name_case_insensitively_with_filters() {
            customer("zed", "", "0.00");
            customer("Bea", "0209 876 543", "0.00");
            Customer wholesale = Customer.create(CustomerId.of(UUID.randomUUID()), business, "ama & sons",
                    "orders@AmaSons.gh", "", "", CustomerType.WHOLESALE, Money.ZERO, 30, false, now);
            tx.run(() -> customers.insert(wholesale));
            Customer gone = customer("Carl", "", "0.00");
            gone.deactivate(now);
            tx.run(() -> customers.update(gone));
            customer(newBusiness(), "Alien", "", "0.00");

            assertThat(names(CustomerQuery.activeOnly())).containsExactly("ama & sons", "Bea", "zed");
            assertThat(names(new CustomerQuery(null, List.of(), false))).containsExactly("Carl");
            assertThat(names(new CustomerQuery(null, List.of(), null)))
                    .containsExactly("ama & sons", "Bea", "Carl", "zed");
            assertThat(names(new CustomerQuery(null, List.of(CustomerType.WHOLESALE), true)))
                    .containsExactly("ama & sons");
            assertThat(names(new CustomerQuery(null, List.of(CustomerType.RETAIL, CustomerType.WHOLESALE), true)))
                    .hasSize(3);
        }

        @Test
        void search_matches_name_email_and_phone_case_insensitively() {
            customer("Fred Amugi", "", "0.00");
            tx.run(() -> customers.insert(Customer.create(CustomerId.of(UUID.randomUUID()), business, "Ama",
                    "FRED.shop@x.gh", "", "", CustomerType.RETAIL, Money.ZERO, 30, false, now)));
            customer("Kojo", "+233 (20) 987-6543", "0.00");
            customer("100% Juice", "", "0.00");

            assertThat(names(new CustomerQuery("fReD", List.of(), true))).containsExactly("Ama", "Fred Amugi");
            assertThat(names(new CustomerQuery("987-65", List.of(), true))).containsExactly("Kojo");
            assertThat(names(new CustomerQuery("20 9876", List.of(), true))).containsExactly("Kojo");
            assertThat(names(new CustomerQuery("100%", List.of(), true))).containsExactly("100% Juice");
            assertThat(names(new CustomerQuery("%", List.of(), true))).containsExactly("100% Juice");
            assertThat(names(new CustomerQuery("_", List.of(), true))).isEmpty();
            assertThat(names(new CustomerQuery("nobody", List.of(), true))).isEmpty();
        }

        @Test
        void the_walk_in_customer_comes_first_and_the_old_walk_in_name_finds_it() {
            customer("aaron", "", "0.00");
            customer("Zed", "", "0.00");
            tx.run(() -> customers.insert(Customer.walkIn(CustomerId.of(UUID.randomUUID()), business, now)));

            assertThat(names(CustomerQuery.activeOnly())).containsExactly("Walk-in Customer", "aaron", "Zed");
            assertThat(names(new CustomerQuery("Walk-In-Customer", List.of(), true))).containsExactly("Walk-in Customer");
            assertThat(names(new CustomerQuery("walkin", List.of(), true))).containsExactly("Walk-in Customer");
            assertThat(names(new CustomerQuery("Walk-In-Customer-X", List.of(), true))).isEmpty();
        }

        @Test
        void pages_carry_the_total_and_past_the_end_is_empty() {
            for (String name : List.of("A", "B", "C", "D", "E")) {
                customer(name, "", "0.00");
            }

            Page<Customer> second = list(CustomerQuery.activeOnly(), new PageRequest(2, 2));
            assertThat(second.items()).extracting(Customer::name).containsExactly("C", "D");
            assertThat(second.total()).isEqualTo(5);
            assertThat(second.hasNext()).isTrue();

            Page<Customer> beyond = list(CustomerQuery.activeOnly(), new PageRequest(9, 2));
            assertThat(beyond.items()).isEmpty();
            assertThat(beyond.total()).isEqualTo(5);
        }
    }

    @Nested
    class Balance {

        private boolean add(Customer c, String amount) {
            return tx.inTransaction(() -> customers.addToBalanceWithinLimit(business, c.id(), Money.of(amount), entry(CreditEntry.Type.CREDIT_SALE)));
        }

        @Test
        void the_balance_grows_while_the_available_credit_covers_the_amount() {
            Customer c = customer("Fred", "", "100.00");

            assertThat(add(c, "60.00")).isTrue();
            assertThat(add(c, "40.01")).isFalse();
            assertThat(add(c, "40.00")).isTrue();
            assertThat(add(c, "0.01")).isFalse();
            assertThat(reload(c).state().outstandingBalance()).isEqualTo(Money.of("100.00"));
        }

        @Test
        void inactive_blocked_and_walk_in_customers_get_no_credit() {
            Customer inactive = customer("Inactive", "", "100.00");
            inactive.deactivate(now);
            tx.run(() -> customers.update(inactive));
            Customer blocked = customer("Blocked", "", "100.00");
            blocked.update(null, null, null, null, null, null, null, true, null, now);
            tx.run(() -> customers.update(blocked));
            Customer walkIn = Customer.walkIn(CustomerId.of(UUID.randomUUID()), business, now);
            tx.run(() -> customers.insert(walkIn));

            assertThat(add(inactive, "1.00")).isFalse();
            assertThat(add(blocked, "1.00")).isFalse();
            assertThat(add(walkIn, "0.00")).isFalse();
            assertThat(tx.inTransaction(() -> customers.addToBalanceWithinLimit(newBusiness(), customer("Other", "",
                    "100.00").id(), Money.of("1.00"), entry(CreditEntry.Type.CREDIT_SALE)))).isFalse();
            assertThat(reload(inactive).state().outstandingBalance()).isEqualTo(Money.ZERO);
            assertThat(reload(blocked).state().outstandingBalance()).isEqualTo(Money.ZERO);
        }

        @Test
        void reducing_lowers_the_balance_for_any_customer_and_never_below_zero() {
            Customer c = customer("Fred", "", "100.00");
            add(c, "70.00");
            c.update(null, null, null, null, null, null, null, true, false, now);
            tx.run(() -> customers.update(c));

            tx.run(() -> customers.reduceBalance(business, c.id(), Money.of("20.00"), entry(CreditEntry.Type.PAYMENT)));
            assertThat(reload(c).state().outstandingBalance()).isEqualTo(Money.of("50.00"));

            tx.run(() -> customers.reduceBalance(business, c.id(), Money.of("80.00"), entry(CreditEntry.Type.REFUND)));
            assertThat(reload(c).state().outstandingBalance()).isEqualTo(Money.ZERO);
        }

        @Test
        void every_balance_change_writes_a_ledger_entry_with_what_really_moved_and_refused_charges_write_none() {
            Customer c = customer("Ledger", "", "100.00");
            add(c, "70.00");
            add(c, "40.00"); // refused: over the limit
            tx.run(() -> customers.reduceBalance(business, c.id(), Money.of("20.00"), entry(CreditEntry.Type.PAYMENT)));
            tx.run(() -> customers.reduceBalance(business, c.id(), Money.of("80.00"), entry(CreditEntry.Type.REFUND)));

            List<String> rows = tx.read(() -> tx.handle().createQuery("""
                            SELECT transaction_type || ' ' || amount || ' ' || balance_before || ' ' || balance_after
                            FROM credit_transaction WHERE business_id = :b AND customer_id = :c ORDER BY seq""")
                    .bind("b", business.value()).bind("c", c.id().value()).mapTo(String.class).list());
            assertThat(rows).containsExactly("CREDIT_SALE 70.00 0.00 70.00", "PAYMENT -20.00 70.00 50.00",
                    "REFUND -50.00 50.00 0.00");
        }

        @Test
        void reducing_the_balance_of_an_unknown_customer_fails_loudly() {
            assertThatThrownBy(() -> tx.run(() -> customers.reduceBalance(business, CustomerId.of(UUID.randomUUID()),
                    Money.of("1.00"), entry(CreditEntry.Type.PAYMENT)))).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void twenty_concurrent_charges_of_ten_against_a_limit_of_a_hundred_let_exactly_ten_through() throws Exception {
            Customer c = customer("Contended", "", "100.00");
            List<Callable<Boolean>> charges = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                charges.add(() -> add(c, "10.00"));
            }

            List<Boolean> results = runTogether(charges);

            assertThat(results).filteredOn(ok -> ok).hasSize(10);
            assertThat(reload(c).state().outstandingBalance()).isEqualTo(Money.of("100.00"));
            assertThat(reload(c).availableCredit()).isEqualTo(Money.ZERO);
        }
    }

    /** Starts every task at the same moment on its own thread and returns their results; bounded in time. */
    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
