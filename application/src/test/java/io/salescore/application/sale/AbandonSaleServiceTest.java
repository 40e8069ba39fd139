package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.AbandonSaleUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.PreconditionFailedException;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/** AbandonSaleService at its ports: holds end SALE_ABANDONED, the sale is cancelled, nothing is slid. */
class AbandonSaleServiceTest {

    private final SaleFixtures f = new SaleFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final SaleRepository sales = mock(SaleRepository.class);
    private final ReservationRepository reservations = mock(ReservationRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final AbandonSaleService service = new AbandonSaleService(tx, sales, reservations, audit, f.clock);

    private final Sale sale = f.draft();
    private final SaleLine live = f.addLine(sale, "2", "10.00");
    private final SaleLine due = f.addLine(sale, "1", "5.00");
    private final Reservation liveHold = f.hold(sale, live, f.live());
    private final Reservation dueHold = f.hold(sale, due, f.past());

    private void locked(Sale s, Map<io.salescore.domain.shared.SaleItemId, Reservation> holds) {
        when(sales.lockForUpdate(f.business, s.id())).thenReturn(Optional.of(f.view(s, holds)));
    }

    private void locked() {
        locked(sale, Map.of(live.id(), liveHold, due.id(), dueHold));
    }

    private void nothingWritten() {
        verify(sales, never()).update(any(), anyList());
        verify(reservations, never()).endHolds(any(), any(), any(), any(), any());
        verify(audit, never()).append(any(), any(), anyList());
    }

    @Test
    void refusals_in_the_contracts_order_write_nothing() {
        when(sales.lockForUpdate(any(), any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.abandon(f.owner, sale.id(), Optional.empty(),
                Input.unparsable(SaleChangeChecks.malformed()))).isInstanceOf(NotFoundException.class);

        locked();
        RuntimeException problem = SaleChangeChecks.malformed();
        assertThatThrownBy(() -> service.abandon(SaleChangeChecks.cashierElsewhere(f), sale.id(),
                Optional.of(ExpectedVersion.version(99)), Input.unparsable(problem))).isSameAs(problem);
        assertThatThrownBy(() -> service.abandon(SaleChangeChecks.cashierElsewhere(f), sale.id(),
                Optional.of(ExpectedVersion.version(99)), SaleChanges.noBody()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.abandon(f.owner, sale.id(), Optional.of(ExpectedVersion.version(99)),
                SaleChanges.noBody())).isInstanceOf(PreconditionFailedException.class);
        assertThat(sale.status()).isEqualTo(SaleStatus.DRAFT);
        nothingWritten();
    }

    @Test
    void ends_the_holds_then_writes_the_sale_and_its_audit_without_sliding() {
        locked();
        when(reservations.endHolds(f.business, sale.id(), Optional.empty(), ReleaseReason.SALE_ABANDONED, f.now))
                .thenReturn(new HoldLedger.Ended(List.of(liveHold), List.of(dueHold)));
        long before = sale.version();

        AbandonSaleUseCase.Result result = service.abandon(f.owner, sale.id(), Optional.of(ExpectedVersion.version(before)),
                SaleChanges.noBody());

        assertThat(result.alreadyCancelled()).isFalse();
        assertThat(result.released()).containsExactly(liveHold);
        assertThat(result.sale().sale().status()).isEqualTo(SaleStatus.CANCELLED);
        assertThat(result.sale().sale().version()).isEqualTo(before + 1);
        assertThat(result.sale().reservationOf(live.id()).orElseThrow().status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(result.sale().reservationOf(due.id()).orElseThrow().status()).isEqualTo(ReservationStatus.EXPIRED);
        InOrder order = inOrder(reservations, sales, audit);
        order.verify(reservations).endHolds(f.business, sale.id(), Optional.empty(), ReleaseReason.SALE_ABANDONED, f.now);
        order.verify(sales).update(eq(sale), argThat(e -> e.size() == 1 && e.get(0) instanceof io.salescore.domain.sale.SaleEvent.Cancelled));
        order.verify(audit).append(eq(f.owner), eq(f.now), anyList());
        verify(reservations, never()).extendLive(any(), any(), any(), any());
        List<AuditEvent> events = SaleChangeChecks.appended(audit, f);
        assertThat(events).last().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("sale.cancelled");
            assertThat(e.data()).containsEntry("sale_id", sale.id().toString()).containsEntry("reason", "SALE_ABANDONED");
            assertThat(e.description()).contains("1 holds released");
        });
        assertThat(events).filteredOn(e -> e.eventType().equals("stock.released"))
                .anySatisfy(e -> assertThat(e.data()).containsEntry("reservation_id", liveHold.id().toString())
                        .containsEntry("reason", "SALE_ABANDONED"));
    }

    @Test
    void an_already_cancelled_sale_answers_again_and_writes_nothing() {
        Sale closed = SaleChangeChecks.cancelled(f);
        locked(closed, Map.of());
        long before = closed.version();

        AbandonSaleUseCase.Result result = service.abandon(f.owner, closed.id(), Optional.empty(), SaleChanges.noBody());

        assertThat(result.alreadyCancelled()).isTrue();
        assertThat(result.released()).isEmpty();
        assertThat(result.sale().sale().version()).isEqualTo(before);
        nothingWritten();
    }

    @Test
    void a_sale_past_checkout_is_refused_after_the_version_check_and_nothing_is_written() {
        Sale pending = f.draft();
        f.addLine(pending, "1", "10.00");
        pending.complete(pending.planCheckout(Optional.of(io.salescore.domain.sale.PaymentType.CREDIT), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty()), List.of(),
                io.salescore.domain.sale.ReceiptNumber.of("MAIN", java.time.LocalDate.of(2026, 11, 22), 4),
                f.now.minusSeconds(20));
        locked(pending, Map.of());

        assertThatThrownBy(() -> service.abandon(f.owner, pending.id(), Optional.of(ExpectedVersion.version(99)),
                SaleChanges.noBody())).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> service.abandon(f.owner, pending.id(), Optional.empty(), SaleChanges.noBody()))
                .isInstanceOfSatisfying(io.salescore.domain.shared.InvalidSaleStatusException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Only draft sales can be abandoned"));
        assertThat(pending.status()).isEqualTo(SaleStatus.PENDING);
        nothingWritten();
    }
}
