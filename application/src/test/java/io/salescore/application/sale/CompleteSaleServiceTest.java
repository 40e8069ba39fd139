package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.customer.port.out.CreditEntry;
import io.salescore.application.customer.port.out.CustomerRepository;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.CompleteSaleUseCase;
import io.salescore.application.sale.port.out.ReceiptCounter;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.customer.CustomerType;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.ReceiptNumber;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.sale.Tender;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.InsufficientStockException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** CompleteSaleService at its ports: holds, credit by guarded update, stock taken per product, receipt. */
class CompleteSaleServiceTest {

    private final SaleFixtures f = new SaleFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final SaleRepository sales = mock(SaleRepository.class);
    private final ReservationRepository reservations = mock(ReservationRepository.class);
    private final CustomerRepository customers = mock(CustomerRepository.class);
    private final ReceiptCounter receipts = mock(ReceiptCounter.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final CompleteSaleService service = new CompleteSaleService(tx, sales, reservations, customers, receipts,
            audit, f.policy, UUID::randomUUID, f.clock, mock(io.salescore.application.sale.port.out.SaleCatalog.class));

    /** The sale as the lock finds it, and its ACTIVE holds as locking them finds them (nothing ended meanwhile). */
    private void locked(SaleView view) {
        when(sales.lockForUpdate(f.business, view.sale().id())).thenReturn(Optional.of(view));
        when(reservations.lockActiveHolds(eq(f.business), eq(f.storefront), eq(view.sale().id()), anyCollection()))
                .thenReturn(view.reservations().values().stream()
                        .filter(r -> r.status() == ReservationStatus.ACTIVE).toList());
    }

    private CompleteSaleUseCase.Command pay(Sale sale, PaymentType type, String... cash) {
        List<Tender> tenders = java.util.Arrays.stream(cash)
                .map(a -> new Tender(Money.of(a), PaymentMethod.CASH, "")).toList();
        return new CompleteSaleUseCase.Command(sale.id(), Optional.empty(), Input.of(new CompleteSaleUseCase.Checkout(
                Optional.of(type), tenders, Optional.empty(), Optional.empty(), Optional.empty())));
    }

    @Test
    void a_cash_checkout_takes_each_products_stock_once_and_numbers_the_receipt() {
        Sale sale = f.draft();
        SaleLine a = f.addLine(sale, "2", "10.00");
        SaleLine b = f.addLine(sale, "1", "10.00");
        locked(f.view(sale,
                Map.of(a.id(), f.hold(sale, a, f.live()), b.id(), f.hold(sale, b, f.live()))));
        when(receipts.next(f.business, f.storefront, f.now)).thenReturn(ReceiptNumber.of("MAIN", LocalDate.of(2026, 11, 22), 7));

        SaleView done = service.complete(f.owner, pay(sale, PaymentType.CASH, "50.00"));

        assertThat(done.sale().status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(done.sale().totals().changeGiven()).isEqualTo(Money.of("20.00"));
        assertThat(done.sale().receiptNumber()).hasValue(ReceiptNumber.of("MAIN", LocalDate.of(2026, 11, 22), 7));
        assertThat(done.reservationOf(a.id()).orElseThrow().status()).isEqualTo(ReservationStatus.COMMITTED);
        verify(reservations).commitSale(eq(f.business), eq(f.storefront), eq(sale.id()),
                eq(Map.<ProductId, BigDecimal>of(f.product, new BigDecimal("3.00"))), eq(f.owner.userId()), eq(f.now));
        verify(sales).updateCompleted(eq(sale), argThat(payments -> !payments.isEmpty()), eq("Owner"), any(), isNull());
        verify(reservations, never()).hold(any(), any());
        verify(customers, never()).addToBalanceWithinLimit(any(), any(), any(), any());
    }

    @Test
    void an_expired_hold_is_taken_again_before_payment() {
        Sale sale = f.draft();
        SaleLine line = f.addLine(sale, "1", "10.00");
        locked(f.view(sale,
                Map.of(line.id(), f.hold(sale, line, f.past()))));
        when(reservations.hold(eq(f.business), any())).thenReturn(true);
        when(receipts.next(any(), any(), any())).thenReturn(ReceiptNumber.of("MAIN", LocalDate.of(2026, 11, 22), 1));

        service.complete(f.owner, pay(sale, PaymentType.CASH, "10.00"));

        verify(reservations).expireDue(f.business, f.storefront, f.product, f.now);
        verify(reservations).hold(eq(f.business), any(Reservation.class));
    }

    @Test
    void a_hold_that_ended_before_the_lock_was_taken_is_judged_on_the_locked_rows_and_taken_again() {
        Sale sale = f.draft();
        SaleLine line = f.addLine(sale, "1", "10.00");
        // The sale's view still shows the hold live; by the time its rows are locked, the sweeper has ended it.
        when(sales.lockForUpdate(f.business, sale.id())).thenReturn(Optional.of(f.view(sale,
                Map.of(line.id(), f.hold(sale, line, f.live())))));
        when(reservations.lockActiveHolds(any(), any(), any(), anyCollection())).thenReturn(List.of());
        when(reservations.hold(eq(f.business), any())).thenReturn(true);
        when(receipts.next(any(), any(), any())).thenReturn(ReceiptNumber.of("MAIN", LocalDate.of(2026, 11, 22), 1));

        SaleView done = service.complete(f.owner, pay(sale, PaymentType.CASH, "10.00"));

        verify(reservations).hold(eq(f.business), any(Reservation.class));
        verify(reservations, never()).expireDue(any(), any(), any(), any());
        assertThat(done.reservationOf(line.id()).orElseThrow().status()).isEqualTo(ReservationStatus.COMMITTED);
    }

    @Test
    void a_line_that_cannot_be_held_again_fails_naming_it_before_any_payment_or_stock_change() {
        Sale sale = f.draft();
        SaleLine line = f.addLine(sale, "4", "10.00");
        locked(f.view(sale, Map.of()));
        when(reservations.hold(eq(f.business), any())).thenReturn(false);
        when(reservations.available(f.business, f.storefront, f.product, f.now)).thenReturn(new BigDecimal("3"));

        assertThatThrownBy(() -> service.complete(f.owner, pay(sale, PaymentType.CASH, "40.00")))
                .isInstanceOfSatisfying(InsufficientStockException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Unable to complete sale due to stock restrictions.");
                    assertThat(e.details()).containsEntry("sale_item_id", line.id().toString())
                            .containsEntry("available", "3.00");
                });
        verify(reservations, never()).commitSale(any(), any(), any(), any(), any(), any());
        verify(sales, never()).updateCompleted(any(), any(), any(), any(), any());
    }

    @Test
    void credit_is_taken_by_the_guarded_update_and_explained_only_when_refused() {
        Sale sale = f.draft();
        SaleLine line = f.addLine(sale, "1", "100.00");
        locked(f.view(sale,
                Map.of(line.id(), f.hold(sale, line, f.live()))));
        when(customers.addToBalanceWithinLimit(eq(f.business), eq(sale.customerId()), eq(Money.of("60.00")), any()))
                .thenReturn(false);
        Customer small = Customer.restore(new Customer.State(sale.customerId(), f.business, "Ama", "", "", "",
                CustomerType.RETAIL, Money.of("50.00"), Money.ZERO, 30, false, true, false, f.now, f.now));
        when(customers.findById(f.business, sale.customerId())).thenReturn(Optional.of(small));

        assertThatThrownBy(() -> service.complete(f.owner, pay(sale, PaymentType.CREDIT, "40.00")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("CREDIT_LIMIT_EXCEEDED");
                    assertThat(e.details()).containsEntry("available", "50.00").containsEntry("requested", "60.00");
                });
        verify(reservations, never()).commitSale(any(), any(), any(), any(), any(), any());
    }

    @Test
    void a_credit_checkout_within_the_limit_does_not_read_the_customer() {
        Sale sale = f.draft();
        SaleLine line = f.addLine(sale, "1", "100.00");
        locked(f.view(sale,
                Map.of(line.id(), f.hold(sale, line, f.live()))));
        when(customers.addToBalanceWithinLimit(eq(f.business), eq(sale.customerId()), eq(Money.of("100.00")),
                argThat(e -> e.type() == CreditEntry.Type.CREDIT_SALE && sale.id().equals(e.sale())))).thenReturn(true);
        when(receipts.next(any(), any(), any())).thenReturn(ReceiptNumber.of("MAIN", LocalDate.of(2026, 11, 22), 2));

        SaleView done = service.complete(f.owner, pay(sale, PaymentType.CREDIT));

        assertThat(done.sale().status()).isEqualTo(SaleStatus.PENDING);
        verify(customers, never()).findById(any(), any());
        verify(sales).updateCompleted(eq(sale), eq(List.of()), eq("Owner"), any(), isNull());
    }
}
