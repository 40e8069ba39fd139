package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.UpdateSaleCustomerUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.InvalidSaleStatusException;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.PreconditionFailedException;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** UpdateSaleCustomerService at its ports: old and new customer in the audit, same customer and refusals write nothing. */
class UpdateSaleCustomerServiceTest {

    private final SaleFixtures f = new SaleFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final SaleRepository sales = mock(SaleRepository.class);
    private final SaleCatalog catalog = mock(SaleCatalog.class);
    private final ReservationRepository reservations = mock(ReservationRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final UpdateSaleCustomerService service = new UpdateSaleCustomerService(tx, sales, catalog, reservations,
            audit, f.policy, f.clock);

    private final Sale sale = f.draft();
    private final SaleLine line = f.addLine(sale, "1", "10.00");
    private final CustomerId ama = CustomerId.of(UUID.randomUUID());

    private void locked() {
        when(sales.lockForUpdate(f.business, sale.id())).thenReturn(Optional.of(f.view(sale,
                Map.of(line.id(), f.hold(sale, line, f.live())))));
    }

    private void customer(CustomerId id, String name, boolean active) {
        when(catalog.customerOrWalkIn(f.business, Optional.of(id))).thenReturn(Optional.of(
                new SaleCatalog.Customer(id, name, active, false, false)));
    }

    private UpdateSaleCustomerUseCase.Command command(Optional<ExpectedVersion> v, Input<CustomerId> body) {
        return new UpdateSaleCustomerUseCase.Command(sale.id(), v, body);
    }

    private void nothingWritten() {
        verify(sales, never()).update(any(), anyList());
        verify(audit, never()).append(any(), any(), anyList());
        verify(reservations, never()).extendLive(any(), any(), any(), any());
    }

    @Test
    void refusals_in_the_contracts_order_write_nothing() {
        when(sales.lockForUpdate(any(), any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.update(f.owner, command(Optional.empty(),
                Input.unparsable(SaleChangeChecks.malformed())))).isInstanceOf(NotFoundException.class);

        locked();
        RuntimeException problem = SaleChangeChecks.malformed();
        assertThatThrownBy(() -> service.update(SaleChangeChecks.cashierElsewhere(f),
                command(Optional.of(ExpectedVersion.version(99)), Input.unparsable(problem)))).isSameAs(problem);
        assertThatThrownBy(() -> service.update(SaleChangeChecks.cashierElsewhere(f),
                command(Optional.of(ExpectedVersion.version(99)), Input.of(ama))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.update(f.owner, command(Optional.of(ExpectedVersion.version(99)), Input.of(ama))))
                .isInstanceOf(PreconditionFailedException.class);

        Sale closed = SaleChangeChecks.cancelled(f);
        when(sales.lockForUpdate(f.business, closed.id())).thenReturn(Optional.of(f.view(closed, Map.of())));
        assertThatThrownBy(() -> service.update(f.owner, new UpdateSaleCustomerUseCase.Command(closed.id(),
                Optional.empty(), Input.of(ama))))
                .isInstanceOfSatisfying(InvalidSaleStatusException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Cannot update customer on a sale that is not in DRAFT status"));
        verify(catalog, never()).customerOrWalkIn(any(), any());
        nothingWritten();
    }

    @Test
    void an_unknown_or_inactive_customer_is_refused_without_a_write() {
        locked();
        when(catalog.customerOrWalkIn(f.business, Optional.of(ama))).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.update(f.owner, command(Optional.empty(), Input.of(ama))))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Customer not found or does not belong to this business"));

        customer(ama, "Ama", false);
        assertThatThrownBy(() -> service.update(f.owner, command(Optional.empty(), Input.of(ama))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("CUSTOMER_INACTIVE"));
        assertThat(sale.customerId()).isEqualTo(f.walkIn);
        nothingWritten();
    }

    @Test
    void a_new_customer_writes_the_sale_then_the_audit_then_slides_the_holds() {
        locked();
        customer(ama, "Ama", true);
        long before = sale.version();

        UpdateSaleCustomerUseCase.Result result = service.update(f.owner, command(
                Optional.of(ExpectedVersion.version(before)), Input.of(ama)));

        Instant until = f.now.plus(f.policy.ttl());
        assertThat(result.changed()).isTrue();
        assertThat(result.previousCustomer()).isEqualTo("Walk-in Customer");
        assertThat(result.newCustomer()).isEqualTo("Ama");
        assertThat(result.sale().customerName()).isEqualTo("Ama");
        assertThat(result.sale().sale().customerId()).isEqualTo(ama);
        assertThat(result.sale().sale().version()).isEqualTo(before + 1);
        assertThat(result.sale().reservationOf(line.id()).orElseThrow().expiresAt()).isEqualTo(until);
        InOrder order = inOrder(sales, audit, reservations);
        order.verify(sales).update(eq(sale), argThat(e -> e.size() == 1 && e.get(0) instanceof io.salescore.domain.sale.SaleEvent.CustomerChanged));
        order.verify(audit).append(eq(f.owner), eq(f.now), anyList());
        order.verify(reservations).extendLive(f.business, sale.id(), f.now, until);
        List<AuditEvent> events = SaleChangeChecks.appended(audit, f);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("sale.customer_updated");
            assertThat(e.sale()).isEqualTo(sale.id());
            assertThat(e.customer()).isEqualTo(ama);
            assertThat(e.data()).containsEntry("old_customer_id", f.walkIn.toString())
                    .containsEntry("old_customer_name", "Walk-in Customer")
                    .containsEntry("new_customer_id", ama.toString())
                    .containsEntry("new_customer_name", "Ama")
                    .containsEntry("sale_status", "DRAFT");
        });
    }

    @Test
    void the_same_customer_again_changes_and_writes_nothing() {
        locked();
        customer(f.walkIn, "Walk-in Customer", true);
        long before = sale.version();

        UpdateSaleCustomerUseCase.Result result = service.update(f.owner, command(Optional.empty(), Input.of(f.walkIn)));

        assertThat(result.changed()).isFalse();
        assertThat(result.previousCustomer()).isEqualTo("Walk-in Customer");
        assertThat(result.sale().sale().version()).isEqualTo(before);
        assertThat(result.sale().reservationOf(line.id()).orElseThrow().expiresAt()).isEqualTo(f.live());
        nothingWritten();
    }
}
