package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.customer.port.out.CreditEntry;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.application.sale.port.in.RecordPaymentUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.ReceiptNumber;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.sale.Tender;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.InvalidSaleStatusException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.PreconditionFailedException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import java.time.LocalDate;
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

/** RecordPaymentService at its ports: a payment on a PENDING/PARTIAL sale, the balance lowered, no holds touched. */
class RecordPaymentServiceTest {

    private final SaleFixtures f = new SaleFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final SaleRepository sales = mock(SaleRepository.class);
    private final CustomerRepository customers = mock(CustomerRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final UUID paymentId = UUID.randomUUID();
    private final UUID entryId = UUID.randomUUID();
    private final RecordPaymentService service = new RecordPaymentService(tx, sales, customers, audit,
            new java.util.ArrayDeque<>(List.of(paymentId, entryId))::poll, f.clock);

    /** A credit sale of 30.00 completed with nothing paid: PENDING, 30.00 due. */
    private Sale pending() {
        Sale sale = f.draft();
        f.addLine(sale, "3", "10.00");
        var plan = sale.planCheckout(Optional.of(PaymentType.CREDIT), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty());
        sale.complete(plan, List.of(), ReceiptNumber.of("MAIN", LocalDate.of(2026, 11, 22), 3), f.now.minusSeconds(20));
        when(sales.lockForUpdate(f.business, sale.id())).thenReturn(Optional.of(f.view(sale, Map.of())));
        return sale;
    }

    private static RecordPaymentUseCase.Command command(Sale sale, Optional<ExpectedVersion> v, Input<Tender> body) {
        return new RecordPaymentUseCase.Command(sale.id(), v, body);
    }

    private static Input<Tender> cash(String amount) {
        return Input.of(new Tender(Money.of(amount), PaymentMethod.CASH, "R-1"));
    }

    private void nothingWritten() {
        verify(sales, never()).insertPayments(any(), any(), any());
        verify(sales, never()).update(any(), anyList());
        verify(customers, never()).reduceBalance(any(), any(), any(), any());
        verify(audit, never()).append(any(), any(), anyList());
    }

    @Test
    void refusals_in_the_contracts_order_write_nothing() {
        Sale sale = pending();
        when(sales.lockForUpdate(f.business, sale.id())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.record(f.owner, command(sale, Optional.empty(),
                Input.unparsable(SaleChangeChecks.malformed())))).isInstanceOf(NotFoundException.class);

        Sale open = pending();
        RuntimeException problem = SaleChangeChecks.malformed();
        assertThatThrownBy(() -> service.record(SaleChangeChecks.cashierElsewhere(f), command(open,
                Optional.of(ExpectedVersion.version(99)), Input.unparsable(problem)))).isSameAs(problem);
        assertThatThrownBy(() -> service.record(SaleChangeChecks.cashierElsewhere(f), command(open,
                Optional.of(ExpectedVersion.version(99)), cash("5.00")))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.record(f.owner, command(open, Optional.of(ExpectedVersion.version(99)),
                cash("5.00")))).isInstanceOf(PreconditionFailedException.class);

        Sale draft = f.draft();
        when(sales.lockForUpdate(f.business, draft.id())).thenReturn(Optional.of(f.view(draft, Map.of())));
        assertThatThrownBy(() -> service.record(f.owner, command(draft, Optional.empty(), cash("5.00"))))
                .isInstanceOfSatisfying(InvalidSaleStatusException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Payments can only be recorded on part-paid or pending sales"));
        nothingWritten();
    }

    @Test
    void more_than_is_due_is_refused_without_a_write() {
        Sale sale = pending();

        assertThatThrownBy(() -> service.record(f.owner, command(sale, Optional.empty(), cash("30.01"))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("OVERPAYMENT_NOT_ALLOWED"));
        assertThat(sale.status()).isEqualTo(SaleStatus.PENDING);
        nothingWritten();
    }

    @Test
    void a_part_payment_is_written_then_the_balance_then_the_sale_and_its_audit() {
        Sale sale = pending();
        long before = sale.version();

        RecordPaymentUseCase.Result result = service.record(f.owner, command(sale,
                Optional.of(ExpectedVersion.version(before)), cash("12.00")));

        assertThat(result.payment().id().value()).isEqualTo(paymentId);
        assertThat(result.payment().amount()).isEqualTo(Money.of("12.00"));
        assertThat(result.sale().sale().status()).isEqualTo(SaleStatus.PARTIAL);
        assertThat(result.sale().sale().amountDue()).isEqualTo(Money.of("18.00"));
        assertThat(result.sale().sale().version()).isEqualTo(before + 1);
        ArgumentCaptor<CreditEntry> entry = ArgumentCaptor.forClass(CreditEntry.class);
        InOrder order = inOrder(sales, customers, audit);
        order.verify(sales).insertPayments(eq(sale), eq(List.of(result.payment())), eq(null));
        order.verify(customers).reduceBalance(eq(f.business), eq(f.walkIn), eq(Money.of("12.00")), entry.capture());
        order.verify(sales).update(eq(sale), argThat(e -> e.size() == 1 && e.get(0) instanceof io.salescore.domain.sale.SaleEvent.PaymentRecorded));
        order.verify(audit).append(eq(f.owner), eq(f.now), anyList());
        assertThat(entry.getValue().type()).isEqualTo(CreditEntry.Type.PAYMENT);
        assertThat(entry.getValue().sale()).isEqualTo(sale.id());
        List<AuditEvent> events = SaleChangeChecks.appended(audit, f);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("payment.recorded");
            assertThat(e.payment()).isEqualTo(result.payment().id());
            assertThat(e.data()).containsEntry("amount_paid", "12.00").containsEntry("old_status", "PENDING")
                    .containsEntry("new_status", "PARTIAL").containsEntry("amount_due", "18.00")
                    .containsEntry("payment_method", "CASH").containsEntry("reference", "R-1");
        });
    }

    @Test
    void paying_what_is_due_completes_the_sale() {
        Sale sale = pending();

        RecordPaymentUseCase.Result result = service.record(f.owner, command(sale, Optional.empty(), cash("30.00")));

        assertThat(result.sale().sale().status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(result.sale().sale().amountDue().isZero()).isTrue();
        assertThat(SaleChangeChecks.appended(audit, f)).singleElement()
                .satisfies(e -> assertThat(e.data()).containsEntry("new_status", "COMPLETED"));
    }
}
