package io.salescore.application.customer;

import io.salescore.application.common.Input;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.customer.port.in.UpdateCustomerCommand;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** PATCH and DELETE of a customer: who may, what is written and what the audit log gets. */
class UpdateCustomerServiceTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final BusinessId business = BusinessId.of(UUID.randomUUID());
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final CustomerRepository customers = mock(CustomerRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final UpdateCustomerService update = new UpdateCustomerService(tx, customers, audit, clock);
    private final DeactivateCustomerService deactivate = new DeactivateCustomerService(tx, customers, audit, clock);

    private Actor actor(Role role) {
        return new Actor(UserId.of(UUID.randomUUID()), "Ama", business, role, Set.of(), null, null);
    }

    private Customer stored(Customer customer) {
        when(customers.findById(business, customer.id())).thenReturn(Optional.of(customer));
        when(customers.findForUpdate(business, customer.id())).thenReturn(Optional.of(customer));
        return customer;
    }

    private Customer fred() {
        return stored(Customer.create(CustomerId.of(UUID.randomUUID()), business, "Fred", "f@x.gh", "0244", "",
                CustomerType.RETAIL, Money.of("100.00"), 30, false, CREATED));
    }

    private Customer walkIn() {
        return stored(Customer.walkIn(CustomerId.of(UUID.randomUUID()), business, CREATED));
    }

    private static UpdateCustomerCommand patch(String name, Money limit, Boolean active) {
        return new UpdateCustomerCommand(name, null, null, null, null, limit, null, null, active);
    }

    private AuditEvent onlyAuditEvent(Actor actor) {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<AuditEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(audit).append(eq(actor), eq(NOW), events.capture());
        assertThat(events.getValue()).hasSize(1);
        return events.getValue().get(0);
    }

    @Nested
    class Patch {

        @Test
        void a_change_is_written_under_the_lock_and_audited_with_before_and_after() {
            Customer c = fred();
            Actor manager = actor(Role.MANAGER);

            Customer result = update.update(manager, c.id(), patch("Fred A.", Money.of("250.00"), null));

            assertThat(result.state().name()).isEqualTo("Fred A.");
            assertThat(result.state().updatedAt()).isEqualTo(NOW);
            verify(customers).findForUpdate(business, c.id());
            verify(customers).update(c);
            AuditEvent event = onlyAuditEvent(manager);
            assertThat(event.eventType()).isEqualTo("customer.updated");
            assertThat(event.customer()).isEqualTo(c.id());
            assertThat(event.data()).containsEntry("customer_id", c.id().toString())
                    .containsEntry("changes", Map.of(
                            "name", Map.of("before", "Fred", "after", "Fred A."),
                            "credit_limit", Map.of("before", "100.00", "after", "250.00")));
            assertThat(tx.transactions()).isEqualTo(1);
        }

        @Test
        void a_patch_that_changes_nothing_writes_nothing() {
            Customer c = fred();

            update.update(actor(Role.OWNER), c.id(), patch("Fred", Money.of("100.00"), true));

            verify(customers, never()).update(any());
            verifyNoInteractions(audit);
            assertThat(c.state().updatedAt()).isEqualTo(CREATED);
        }

        @Test
        void an_unknown_or_foreign_customer_is_not_found() {
            CustomerId unknown = CustomerId.of(UUID.randomUUID());
            when(customers.findById(any(), any())).thenReturn(Optional.empty());
            when(customers.findForUpdate(any(), any())).thenReturn(Optional.empty());

            assertThatThrownBy(() -> update.checkAccess(actor(Role.CASHIER), unknown, Input.of(Boolean.TRUE)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> update.update(actor(Role.OWNER), unknown, patch("X", null, null)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void a_cashier_is_refused_after_the_customer_is_found() {
            Customer c = fred();

            assertThatThrownBy(() -> update.checkAccess(actor(Role.CASHIER), c.id(), Input.of(Boolean.TRUE)))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> update.update(actor(Role.CASHIER), c.id(), patch("X", null, null)))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatCode(() -> update.checkAccess(actor(Role.MANAGER), c.id(), Input.of(Boolean.TRUE))).doesNotThrowAnyException();
            verify(customers, never()).update(any());
        }

        @Test
        void the_walk_in_customer_refuses_credit_and_deactivation() {
            Customer w = walkIn();

            assertThatThrownBy(() -> update.update(actor(Role.OWNER), w.id(), patch(null, Money.of("10.00"), null)))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.details()).containsKey("credit_limit"));
            assertThatThrownBy(() -> update.update(actor(Role.OWNER), w.id(), patch(null, null, false)))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.details()).containsKey("is_active"));
            verify(customers, never()).update(any());
            verifyNoInteractions(audit);
        }
    }

    @Nested
    class Delete {

        @Test
        void deactivation_is_written_and_audited_as_an_update() {
            Customer c = fred();
            Actor admin = actor(Role.ADMIN);

            deactivate.deactivate(admin, c.id());

            assertThat(c.isActive()).isFalse();
            verify(customers).update(c);
            AuditEvent event = onlyAuditEvent(admin);
            assertThat(event.eventType()).isEqualTo("customer.updated");
            assertThat(event.data()).containsEntry("changes",
                    Map.of("is_active", Map.of("before", true, "after", false)));
            assertThat(event.description()).isEqualTo("Customer Fred was deactivated.");
        }

        @Test
        void deactivating_an_inactive_customer_again_changes_nothing() {
            Customer c = fred();
            c.deactivate(CREATED);

            deactivate.deactivate(actor(Role.OWNER), c.id());

            verify(customers, never()).update(any());
            verifyNoInteractions(audit);
        }

        @Test
        void cashiers_unknown_ids_and_the_walk_in_customer_are_refused() {
            Customer c = fred();
            Customer w = walkIn();
            when(customers.findForUpdate(business, CustomerId.of(new UUID(0, 1)))).thenReturn(Optional.empty());

            assertThatThrownBy(() -> deactivate.deactivate(actor(Role.CASHIER), c.id()))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> deactivate.deactivate(actor(Role.OWNER), CustomerId.of(new UUID(0, 1))))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> deactivate.deactivate(actor(Role.OWNER), w.id()))
                    .isInstanceOf(ValidationException.class);
            assertThat(c.isActive()).isTrue();
            verify(customers, never()).update(any());
        }
    }
}
