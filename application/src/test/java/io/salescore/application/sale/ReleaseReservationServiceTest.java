package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.ReleaseReservationUseCase;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
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

/** ReleaseReservationService at its ports: a live hold ends MANUAL and the rest slide; nothing live is a no-op. */
class ReleaseReservationServiceTest {

    private final SaleFixtures f = new SaleFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final SaleRepository sales = mock(SaleRepository.class);
    private final ReservationRepository reservations = mock(ReservationRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final ReleaseReservationService service = new ReleaseReservationService(tx, sales, reservations, audit,
            f.policy, f.clock);

    private final Sale sale = f.draft();
    private final SaleLine line = f.addLine(sale, "2", "10.00");
    private final SaleLine other = f.addLine(sale, "1", "3.00");

    private void locked(Reservation hold) {
        when(sales.lockForUpdateByLine(f.business, line.id())).thenReturn(Optional.of(f.view(sale,
                Map.of(line.id(), hold, other.id(), f.hold(sale, other, f.live())))));
    }

    private void nothingWritten() {
        verify(sales, never()).update(any(), anyList());
        verify(reservations, never()).endHolds(any(), any(), any(), any(), any());
        verify(reservations, never()).extendLive(any(), any(), any(), any());
        verify(audit, never()).append(any(), any(), anyList());
    }

    @Test
    void refusals_in_the_contracts_order_write_nothing() {
        when(sales.lockForUpdateByLine(any(), any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.release(f.owner, line.id(), Optional.empty(),
                Input.unparsable(SaleChangeChecks.malformed()))).isInstanceOf(NotFoundException.class);

        locked(f.hold(sale, line, f.live()));
        RuntimeException problem = SaleChangeChecks.malformed();
        assertThatThrownBy(() -> service.release(SaleChangeChecks.cashierElsewhere(f), line.id(),
                Optional.of(ExpectedVersion.version(99)), Input.unparsable(problem))).isSameAs(problem);
        assertThatThrownBy(() -> service.release(SaleChangeChecks.cashierElsewhere(f), line.id(),
                Optional.of(ExpectedVersion.version(99)), SaleChanges.noBody()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.release(f.owner, line.id(), Optional.of(ExpectedVersion.version(99)),
                SaleChanges.noBody())).isInstanceOf(PreconditionFailedException.class);

        Sale closed = f.draft();
        SaleLine closedLine = f.addLine(closed, "1", "1.00");
        closed.abandon(f.now.minusSeconds(5));
        when(sales.lockForUpdateByLine(f.business, closedLine.id())).thenReturn(Optional.of(f.view(closed, Map.of())));
        assertThatThrownBy(() -> service.release(f.owner, closedLine.id(), Optional.empty(), SaleChanges.noBody()))
                .isInstanceOfSatisfying(InvalidSaleStatusException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Can only change items of draft sales"));
        nothingWritten();
    }

    @Test
    void a_live_hold_ends_manual_then_the_sale_its_audit_and_the_slide() {
        Reservation hold = f.hold(sale, line, f.live());
        locked(hold);
        when(reservations.endHolds(f.business, sale.id(), Optional.of(line.id()), ReleaseReason.MANUAL, f.now))
                .thenReturn(new HoldLedger.Ended(List.of(hold), List.of()));
        long before = sale.version();

        ReleaseReservationUseCase.Result result = service.release(f.owner, line.id(),
                Optional.of(ExpectedVersion.version(before)), SaleChanges.noBody());

        Instant until = f.now.plus(f.policy.ttl());
        assertThat(result.released()).containsExactly(hold);
        Reservation shown = result.line().sale().reservationOf(line.id()).orElseThrow();
        assertThat(shown.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(result.line().sale().reservationOf(other.id()).orElseThrow().expiresAt()).isEqualTo(until);
        assertThat(result.line().sale().sale().version()).isEqualTo(before + 1);
        InOrder order = inOrder(reservations, sales, audit);
        order.verify(reservations).endHolds(f.business, sale.id(), Optional.of(line.id()), ReleaseReason.MANUAL, f.now);
        order.verify(sales).update(eq(sale), eq(List.of()));
        order.verify(audit).append(eq(f.owner), eq(f.now), anyList());
        order.verify(reservations).extendLive(f.business, sale.id(), f.now, until);
        List<AuditEvent> events = SaleChangeChecks.appended(audit, f);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("stock.released");
            assertThat(e.data()).containsEntry("reason", "MANUAL").containsEntry("reservation_id", hold.id().toString())
                    .containsEntry("sale_item_id", line.id().toString());
        });
    }

    @Test
    void a_line_without_a_live_hold_answers_zero_and_writes_nothing() {
        locked(f.hold(sale, line, f.past()));
        long before = sale.version();

        ReleaseReservationUseCase.Result result = service.release(f.owner, line.id(), Optional.empty(), SaleChanges.noBody());

        assertThat(result.released()).isEmpty();
        assertThat(result.line().sale().sale().version()).isEqualTo(before);
        assertThat(result.line().sale().reservationOf(other.id()).orElseThrow().expiresAt()).isEqualTo(f.live());
        nothingWritten();
    }

    @Test
    void a_hold_the_sweeper_ended_first_is_shown_expired_and_nothing_is_released() {
        Reservation hold = f.hold(sale, line, f.live());
        locked(hold);
        when(reservations.endHolds(f.business, sale.id(), Optional.of(line.id()), ReleaseReason.MANUAL, f.now))
                .thenReturn(new HoldLedger.Ended(List.of(), List.of()));
        long version = sale.version();

        ReleaseReservationUseCase.Result result = service.release(f.owner, line.id(), Optional.empty(), SaleChanges.noBody());

        assertThat(result.released()).isEmpty();
        assertThat(result.line().sale().reservationOf(line.id()).orElseThrow().status()).isEqualTo(ReservationStatus.EXPIRED);
        // Nothing changed in this transaction: the sale keeps its version and no other hold slides.
        assertThat(result.line().sale().sale().version()).isEqualTo(version);
        verify(sales, never()).update(any(), anyList());
        verify(reservations, never()).extendLive(any(), any(), any(), any());
        verify(audit, never()).append(any(), any(), anyList());
    }
}
