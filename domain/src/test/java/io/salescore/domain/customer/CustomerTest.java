package io.salescore.domain.customer;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** domain.md "Tenancy and people" (walk-in customer), Checkout step 5 (available credit) and the customer API rules. */
class CustomerTest {

    private static final BusinessId SHOP = BusinessId.of(UUID.randomUUID());
    private static final Instant T1 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-22T11:00:00Z");

    private static Customer fred(String limit) {
        return Customer.create(CustomerId.of(UUID.randomUUID()), SHOP, "  Fred Amugi ", " fred@x.gh ", " 024-555 0101 ",
                "Accra", CustomerType.WHOLESALE, Money.of(limit), 30, false, T1);
    }

    private static Customer withBalance(String limit, String balance, boolean active, boolean blocked) {
        Customer.State s = fred(limit).state();
        return Customer.restore(new Customer.State(s.id(), s.businessId(), s.name(), s.email(), s.phone(), s.address(),
                s.type(), s.creditLimit(), Money.of(balance), s.creditTermsDays(), blocked, active, false,
                s.createdAt(), s.updatedAt()));
    }

    private static Customer walkIn() {
        return Customer.walkIn(CustomerId.of(UUID.randomUUID()), SHOP, T1);
    }

    private static void assertFieldError(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo("VALIDATION_ERROR");
            assertThat(e.details()).containsKey(field);
        });
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Nested
    class Creating {

        @Test
        void a_new_customer_is_active_named_with_no_balance_and_trimmed_fields() {
            Customer.State s = fred("100.00").state();

            assertThat(s.name()).isEqualTo("Fred Amugi");
            assertThat(s.email()).isEqualTo("fred@x.gh");
            assertThat(s.phone()).isEqualTo("024-555 0101");
            assertThat(s.outstandingBalance()).isEqualTo(Money.ZERO);
            assertThat(s.active()).isTrue();
            assertThat(s.walkIn()).isFalse();
            assertThat(s.createdAt()).isEqualTo(T1);
            assertThat(s.updatedAt()).isEqualTo(T1);
        }

        @Test
        void type_and_limit_default_to_retail_and_zero() {
            Customer c = Customer.create(CustomerId.of(UUID.randomUUID()), SHOP, "Ama", null, null, null, null, null,
                    30, false, T1);

            assertThat(c.state().type()).isEqualTo(CustomerType.RETAIL);
            assertThat(c.state().creditLimit()).isEqualTo(Money.ZERO);
            assertThat(c.state().email()).isEmpty();
            assertThat(c.state().phone()).isEmpty();
        }

        @Test
        void the_name_is_required_and_credit_terms_stay_within_ten_years() {
            assertFieldError(() -> Customer.create(CustomerId.of(UUID.randomUUID()), SHOP, "  ", null, null, null,
                    null, null, 30, false, T1), "name");
            assertFieldError(() -> Customer.create(CustomerId.of(UUID.randomUUID()), SHOP, "Ama", null, null, null,
                    null, null, -1, false, T1), "credit_terms_days");
            assertFieldError(() -> Customer.create(CustomerId.of(UUID.randomUUID()), SHOP, "Ama", null, null, null,
                    null, null, 3651, false, T1), "credit_terms_days");
        }

        @Test
        void the_walk_in_customer_is_retail_with_no_credit_and_active() {
            Customer.State s = walkIn().state();

            assertThat(s.name()).isEqualTo("Walk-in Customer");
            assertThat(s.type()).isEqualTo(CustomerType.RETAIL);
            assertThat(s.creditLimit()).isEqualTo(Money.ZERO);
            assertThat(s.creditTermsDays()).isEqualTo(30);
            assertThat(s.walkIn()).isTrue();
            assertThat(s.active()).isTrue();
        }
    }

    @Nested
    class Updating {

        @Test
        void given_fields_change_and_absent_ones_stay() {
            Customer c = fred("100.00");

            boolean changed = c.update(" Fred A. ", null, "", null, CustomerType.RETAIL, Money.of("250.00"), 45, true,
                    null, T2);

            assertThat(changed).isTrue();
            Customer.State s = c.state();
            assertThat(s.name()).isEqualTo("Fred A.");
            assertThat(s.email()).isEqualTo("fred@x.gh");
            assertThat(s.phone()).isEmpty();
            assertThat(s.type()).isEqualTo(CustomerType.RETAIL);
            assertThat(s.creditLimit()).isEqualTo(Money.of("250.00"));
            assertThat(s.creditTermsDays()).isEqualTo(45);
            assertThat(s.creditBlocked()).isTrue();
            assertThat(s.updatedAt()).isEqualTo(T2);
            assertThat(s.createdAt()).isEqualTo(T1);
        }

        @Test
        void an_update_that_changes_nothing_leaves_updated_at_alone() {
            Customer c = fred("100.00");

            boolean changed = c.update("Fred Amugi", "fred@x.gh", null, null, CustomerType.WHOLESALE,
                    Money.of("100.00"), 30, false, true, T2);

            assertThat(changed).isFalse();
            assertThat(c.state().updatedAt()).isEqualTo(T1);
        }

        @Test
        void a_blank_name_or_out_of_range_terms_are_refused() {
            assertFieldError(() -> fred("0.00").update(" ", null, null, null, null, null, null, null, null, T2), "name");
            assertFieldError(() -> fred("0.00").update(null, null, null, null, null, null, 4000, null, null, T2),
                    "credit_terms_days");
        }

        @Test
        void the_outstanding_balance_is_never_changed_by_an_update() {
            Customer c = withBalance("100.00", "40.00", true, false);

            c.update("New name", null, null, null, null, Money.of("10.00"), null, null, null, T2);

            assertThat(c.state().outstandingBalance()).isEqualTo(Money.of("40.00"));
        }

        @Test
        void changes_since_name_each_changed_field_with_before_and_after() {
            Customer c = fred("100.00");
            Customer.State before = c.state();

            c.update("Fred A.", null, null, null, null, Money.of("150.00"), null, true, null, T2);

            assertThat(c.changesSince(before)).containsExactly(
                    Map.entry("name", Map.of("before", "Fred Amugi", "after", "Fred A.")),
                    Map.entry("credit_limit", Map.of("before", "100.00", "after", "150.00")),
                    Map.entry("credit_blocked", Map.of("before", false, "after", true)));
            assertThat(c.changesSince(c.state())).isEmpty();
        }

        @Test
        void editable_fields_use_the_api_names() {
            assertThat(fred("5.00").editableFields()).containsOnlyKeys("name", "email", "phone", "address",
                    "contact_person", "tax_id", "notes", "customer_type", "credit_limit", "credit_terms_days",
                    "credit_blocked", "is_active")
                    .containsEntry("credit_limit", "5.00")
                    .containsEntry("customer_type", "WHOLESALE");
        }
    }

    @Nested
    class WalkIn {

        @Test
        void cannot_be_given_credit() {
            assertFieldError(() -> walkIn().update(null, null, null, null, null, Money.of("0.01"), null, null, null, T2),
                    "credit_limit");
        }

        @Test
        void a_zero_limit_and_contact_changes_are_fine() {
            Customer c = walkIn();
            assertThatCode(() -> c.update(null, "desk@shop.gh", null, null, null, Money.ZERO, null, null, true, T2))
                    .doesNotThrowAnyException();
            assertThat(c.state().email()).isEqualTo("desk@shop.gh");
        }

        @Test
        void cannot_be_deactivated_by_update_or_delete() {
            assertFieldError(() -> walkIn().update(null, null, null, null, null, null, null, null, false, T2),
                    "is_active");
            assertFieldError(() -> walkIn().deactivate(T2), "is_active");
        }
    }

    @Nested
    class Deactivating {

        @Test
        void deactivation_keeps_the_customer_and_reports_whether_it_was_active() {
            Customer c = fred("0.00");

            assertThat(c.deactivate(T2)).isTrue();
            assertThat(c.isActive()).isFalse();
            assertThat(c.state().updatedAt()).isEqualTo(T2);
            assertThat(c.deactivate(T2.plusSeconds(60))).isFalse();
            assertThat(c.state().updatedAt()).isEqualTo(T2);
        }

        @Test
        void an_inactive_customer_cannot_be_put_on_a_sale() {
            Customer c = fred("0.00");
            c.deactivate(T2);

            assertThatThrownBy(c::requireActive).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                assertThat(e.code()).isEqualTo("CUSTOMER_INACTIVE");
                assertThat(e.getMessage()).isEqualTo("Customer is inactive");
                assertThat(e.extra()).containsEntry("message", "Choose an active customer.");
            });
        }
    }

    @Nested
    class Credit {

        @Test
        void available_credit_is_the_limit_minus_the_balance() {
            assertThat(withBalance("100.00", "30.50", true, false).availableCredit()).isEqualTo(Money.of("69.50"));
        }

        @Test
        void a_limit_below_the_balance_is_allowed_and_leaves_no_credit() {
            Customer c = withBalance("100.00", "80.00", true, false);

            c.update(null, null, null, null, null, Money.of("50.00"), null, null, null, T2);

            assertThat(c.state().creditLimit()).isEqualTo(Money.of("50.00"));
            assertThat(c.availableCredit()).isEqualTo(Money.ZERO);
        }

        @Test
        void credit_within_the_available_amount_is_granted() {
            assertThatCode(() -> withBalance("100.00", "40.00", true, false).requireCreditFor(Money.of("60.00")))
                    .doesNotThrowAnyException();
        }

        @Test
        void credit_checks_run_in_the_order_of_checkout_step_5() {
            assertCode(() -> walkIn().requireCreditFor(Money.of("1.00")), "CUSTOMER_REQUIRED");
            assertCode(() -> withBalance("100.00", "0.00", false, true).requireCreditFor(Money.of("1.00")),
                    "CUSTOMER_INACTIVE");
            assertCode(() -> withBalance("100.00", "0.00", true, true).requireCreditFor(Money.of("1.00")),
                    "CREDIT_BLOCKED");
            assertThatThrownBy(() -> withBalance("100.00", "40.00", true, false).requireCreditFor(Money.of("60.01")))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.code()).isEqualTo("CREDIT_LIMIT_EXCEEDED");
                        assertThat(e.details()).containsEntry("available", "60.00")
                                .containsEntry("requested", "60.01");
                    });
        }
    }

    /** compat.md E9: what the old frontend sends when it creates a customer, and how it finds the walk-in one. */
    @Nested
    class ContactPersonTaxIdAndNotes {

        private Customer tema() {
            return Customer.create(CustomerId.of(UUID.randomUUID()), SHOP, "Tema Wholesale", null, null, null,
                    " Ama Owusu ", " C0012345678 ", " Delivers on Fridays. ", CustomerType.WHOLESALE, null, 30,
                    false, T1);
        }

        @Test
        void are_stored_stripped_and_absent_ones_are_empty() {
            Customer.State s = tema().state();
            assertThat(s.contactPerson()).isEqualTo("Ama Owusu");
            assertThat(s.taxId()).isEqualTo("C0012345678");
            assertThat(s.notes()).isEqualTo("Delivers on Fridays.");

            Customer.State plain = fred("0.00").state();
            assertThat(plain.contactPerson()).isEmpty();
            assertThat(plain.taxId()).isEmpty();
            assertThat(plain.notes()).isEmpty();
            assertThat(walkIn().state().taxId()).isEmpty();
        }

        @Test
        void have_their_own_limits_and_refuse_null_characters() {
            assertThat(Customer.create(CustomerId.of(UUID.randomUUID()), SHOP, "Ama", null, null, null,
                    "x".repeat(255), "x".repeat(64), "x".repeat(1000), null, null, 30, false, T1).state().notes())
                    .hasSize(1000);
            assertFieldError(() -> Customer.create(CustomerId.of(UUID.randomUUID()), SHOP, "Ama", null, null, null,
                    "x".repeat(256), null, null, null, null, 30, false, T1), "contact_person");
            assertFieldError(() -> Customer.create(CustomerId.of(UUID.randomUUID()), SHOP, "Ama", null, null, null,
                    null, "x".repeat(65), null, null, null, 30, false, T1), "tax_id");
            assertFieldError(() -> Customer.create(CustomerId.of(UUID.randomUUID()), SHOP, "Ama", null, null, null,
                    null, null, "x".repeat(1001), null, null, 30, false, T1), "notes");
            assertFieldError(() -> tema().update(null, null, null, null, null, "a\0b", null, null, null, null, null,
                    null, T2), "tax_id");
        }

        @Test
        void change_by_update_with_before_and_after_and_empty_clears() {
            Customer c = tema();
            Customer.State before = c.state();

            assertThat(c.update(null, null, null, null, "Kofi Owusu", "", null, null, null, null, null, null, T2))
                    .isTrue();

            assertThat(c.state().notes()).as("absent keeps").isEqualTo("Delivers on Fridays.");
            assertThat(c.changesSince(before)).containsExactly(
                    Map.entry("contact_person", Map.of("before", "Ama Owusu", "after", "Kofi Owusu")),
                    Map.entry("tax_id", Map.of("before", "C0012345678", "after", "")));
            assertThat(c.editableFields()).containsEntry("notes", "Delivers on Fridays.");
        }

        @Test
        void the_same_values_again_change_nothing() {
            Customer c = tema();
            assertThat(c.update(null, null, null, null, " Ama Owusu", "C0012345678", "Delivers on Fridays.", null,
                    null, null, null, null, T2)).isFalse();
            assertThat(c.state().updatedAt()).isEqualTo(T1);
        }

        @Test
        void the_walk_in_customer_may_have_notes() {
            Customer w = walkIn();
            assertThat(w.update(null, null, null, null, null, null, "Cash only", null, null, null, null, null, T2))
                    .isTrue();
            assertThat(w.state().notes()).isEqualTo("Cash only");
        }

        @Test
        void the_search_key_keeps_only_letters_and_digits_lower_cased() {
            assertThat(Customer.searchKey("Walk-In-Customer")).isEqualTo("walkincustomer")
                    .isEqualTo(Customer.searchKey(Customer.WALK_IN_NAME));
            assertThat(Customer.searchKey("+233 000 000 000")).isEqualTo("233000000000");
            assertThat(Customer.searchKey("%_ -")).isEmpty();
            assertThat(Customer.searchKey(null)).isEmpty();
        }
    }

    @Test
    void phones_compare_by_their_digits_only() {
        assertThat(Customer.phoneDigits("+233 (24) 555-0101")).isEqualTo("233245550101");
        assertThat(Customer.phoneDigits("n/a")).isEmpty();
        assertThat(Customer.phoneDigits(null)).isEmpty();
    }
}
