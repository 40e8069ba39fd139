package io.salescore.application.customer;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.customer.port.in.CreateCustomerCommand;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class CreateCustomerServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final BusinessId business = BusinessId.of(UUID.randomUUID());
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final CustomerRepository customers = mock(CustomerRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final CreateCustomerService service = new CreateCustomerService(tx, customers, audit, UUID::randomUUID,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private Actor actor(Role role) {
        return new Actor(UserId.of(UUID.randomUUID()), "Ama", business, role, Set.of(), "10.0.0.1", "till");
    }

    private static CreateCustomerCommand named(String name) {
        return new CreateCustomerCommand(name, null, null, null, null, null, null, null);
    }

    @Test
    void a_customer_with_only_a_name_gets_the_defaults_in_the_callers_business() {
        Customer c = service.create(actor(Role.CASHIER), named(" Fred "));

        Customer.State s = c.state();
        assertThat(s.businessId()).isEqualTo(business);
        assertThat(s.name()).isEqualTo("Fred");
        assertThat(s.type()).isEqualTo(CustomerType.RETAIL);
        assertThat(s.creditLimit()).isEqualTo(Money.ZERO);
        assertThat(s.creditTermsDays()).isEqualTo(30);
        assertThat(s.creditBlocked()).isFalse();
        assertThat(s.active()).isTrue();
        assertThat(s.walkIn()).isFalse();
        assertThat(s.createdAt()).isEqualTo(NOW);
        verify(customers).insert(c);
    }

    @Test
    void the_insert_and_its_customer_created_entry_share_one_transaction() {
        Actor manager = actor(Role.MANAGER);
        Customer c = service.create(manager, new CreateCustomerCommand("Fred", "f@x.gh", "0244", "Accra",
                CustomerType.WHOLESALE, Money.of("500.00"), 14, true));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<AuditEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(audit).append(org.mockito.ArgumentMatchers.eq(manager), org.mockito.ArgumentMatchers.eq(NOW),
                events.capture());
        AuditEvent event = events.getValue().get(0);
        assertThat(event.eventType()).isEqualTo("customer.created");
        assertThat(event.customer()).isEqualTo(c.id());
        assertThat(event.data()).containsEntry("customer_id", c.id().toString())
                .containsEntry("name", "Fred")
                .containsEntry("credit_limit", "500.00")
                .containsEntry("credit_terms_days", 14)
                .containsEntry("credit_blocked", true)
                .containsEntry("customer_type", "WHOLESALE");
        assertThat(event.description()).contains("Fred");
        assertThat(tx.transactions()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OWNER", "ADMIN", "MANAGER"})
    void those_who_manage_customers_may_set_credit(Role role) {
        Customer c = service.create(actor(role), new CreateCustomerCommand("Fred", null, null, null, null,
                Money.of("100.00"), null, null));

        assertThat(c.state().creditLimit()).isEqualTo(Money.of("100.00"));
    }

    @Test
    void a_cashier_sending_any_credit_field_is_refused_before_anything_is_written() {
        Actor cashier = actor(Role.CASHIER);
        List<CreateCustomerCommand> withCredit = List.of(
                new CreateCustomerCommand("Fred", null, null, null, null, Money.ZERO, null, null),
                new CreateCustomerCommand("Fred", null, null, null, null, null, 30, null),
                new CreateCustomerCommand("Fred", null, null, null, null, null, null, false));

        for (CreateCustomerCommand command : withCredit) {
            assertThatThrownBy(() -> service.create(cashier, command)).isInstanceOf(PermissionDeniedException.class);
        }
        verifyNoInteractions(customers, audit);
        assertThat(tx.transactions()).isZero();
    }

    @Test
    void a_duplicate_phone_fails_without_an_audit_entry() {
        doThrow(new ConflictException("DUPLICATE_PHONE", "taken", Map.of())).when(customers).insert(any());

        assertThatThrownBy(() -> service.create(actor(Role.OWNER), new CreateCustomerCommand("Fred", null, "0244",
                null, null, null, null, null))).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("DUPLICATE_PHONE"));
        verifyNoInteractions(audit);
    }

    @Test
    void the_command_names_every_bad_field() {
        assertThatThrownBy(() -> new CreateCustomerCommand(" ", "not-an-email", "x".repeat(256), null, null, null,
                null, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.details()).containsOnlyKeys("name", "email", "phone"));
    }

    @Test
    void out_of_range_credit_terms_are_a_validation_error() {
        assertThatThrownBy(() -> service.create(actor(Role.OWNER), new CreateCustomerCommand("Fred", null, null, null,
                null, null, 5000, null))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.details()).containsKey("credit_terms_days"));
        verifyNoInteractions(customers, audit);
    }
}
