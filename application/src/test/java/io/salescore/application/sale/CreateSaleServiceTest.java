package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.sale.port.SaleBusiness;
import io.salescore.application.sale.port.SaleView;
import io.salescore.application.sale.port.in.CreateSaleUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** CreateSaleService at its ports: storefront (exists, the caller's, active) then customer, then the insert and audit. */
class CreateSaleServiceTest {

    private final SaleFixtures f = new SaleFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final SaleRepository sales = mock(SaleRepository.class);
    private final SaleCatalog catalog = mock(SaleCatalog.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final UUID saleId = UUID.randomUUID();
    private final CreateSaleService service = new CreateSaleService(tx, sales, catalog, audit, () -> saleId, f.clock);
    private final CustomerId ama = CustomerId.of(UUID.randomUUID());

    private CreateSaleUseCase.Command command(Optional<CustomerId> customer) {
        return new CreateSaleUseCase.Command(f.storefront, customer, SaleType.RETAIL, PaymentType.CASH, "note");
    }

    private void storefront(boolean active) {
        when(catalog.storefront(f.business, f.storefront)).thenReturn(Optional.of(
                new SaleCatalog.Storefront(f.storefront, "Main", "MAIN", active)));
    }

    private void customer(boolean active) {
        when(catalog.customerOrWalkIn(f.business, Optional.of(ama))).thenReturn(Optional.of(
                new SaleCatalog.Customer(ama, "Ama", active, false, false)));
    }

    private void nothingWritten() {
        verify(sales, never()).insert(any());
        verify(audit, never()).append(any(), any(), anyList());
    }

    @Test
    void the_storefront_is_checked_before_the_customer() {
        when(catalog.storefront(f.business, f.storefront)).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.create(f.owner, command(Optional.of(ama))))
                .isInstanceOf(ValidationException.class);

        storefront(true);
        assertThatThrownBy(() -> service.create(SaleChangeChecks.cashierElsewhere(f), command(Optional.of(ama))))
                .isInstanceOf(PermissionDeniedException.class);

        storefront(false);
        assertThatThrownBy(() -> service.create(f.owner, command(Optional.of(ama))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getMessage()).isNotBlank());
        verify(catalog, never()).customerOrWalkIn(any(), any());
        nothingWritten();
    }

    @Test
    void an_unknown_or_inactive_customer_opens_no_sale() {
        storefront(true);
        when(catalog.customerOrWalkIn(f.business, Optional.of(ama))).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.create(f.owner, command(Optional.of(ama))))
                .isInstanceOf(ValidationException.class);

        customer(false);
        assertThatThrownBy(() -> service.create(f.owner, command(Optional.of(ama))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("CUSTOMER_INACTIVE"));
        nothingWritten();
    }

    @Test
    void opens_a_draft_inserts_it_then_audits_sale_created() {
        storefront(true);
        customer(true);
        when(catalog.business(f.business)).thenReturn(new SaleBusiness("Shop", "GHS", "UTC"));

        SaleView view = service.create(f.owner, command(Optional.of(ama)));

        assertThat(tx.transactions()).isEqualTo(1);
        Sale sale = view.sale();
        assertThat(sale.id().value()).isEqualTo(saleId);
        assertThat(sale.status()).isEqualTo(SaleStatus.DRAFT);
        assertThat(sale.customerId()).isEqualTo(ama);
        assertThat(sale.storefrontId()).isEqualTo(f.storefront);
        assertThat(view.customerName()).isEqualTo("Ama");
        assertThat(view.storefrontName()).isEqualTo("Main");
        assertThat(view.businessName()).isEqualTo("Shop");
        assertThat(view.reservations()).isEmpty();
        InOrder order = inOrder(sales, audit);
        order.verify(sales).insert(sale);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<AuditEvent>> events = ArgumentCaptor.forClass(List.class);
        order.verify(audit).append(eq(f.owner), eq(f.now), events.capture());
        assertThat(events.getValue()).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("sale.created");
            assertThat(e.data()).containsEntry("sale_id", saleId.toString())
                    .containsEntry("customer_id", ama.toString()).containsEntry("customer_name", "Ama")
                    .containsEntry("type", "RETAIL").containsEntry("payment_type", "CASH");
        });
    }
}
