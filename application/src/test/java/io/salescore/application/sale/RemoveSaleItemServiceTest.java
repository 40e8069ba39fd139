package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
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
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** RemoveSaleItemService at its ports: the line's hold ends ITEM_REMOVED, the line goes, the others slide. */
class RemoveSaleItemServiceTest {

    private final SaleFixtures f = new SaleFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final SaleRepository sales = mock(SaleRepository.class);
    private final ReservationRepository reservations = mock(ReservationRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final RemoveSaleItemService service = new RemoveSaleItemService(tx, sales, reservations, audit, f.policy,
            f.clock);

    private final Sale sale = f.draft();
    private final SaleLine gone = f.addLine(sale, "2", "10.00");
    private final SaleLine kept = f.addLine(sale, "1", "4.00");
    private final Reservation goneHold = f.hold(sale, gone, f.live());

    private void locked() {
        when(sales.lockForUpdateByLine(f.business, gone.id())).thenReturn(Optional.of(f.view(sale,
                Map.of(gone.id(), goneHold, kept.id(), f.hold(sale, kept, f.live())))));
    }

    private void nothingWritten() {
        verify(sales, never()).update(any(), anyList());
        verify(reservations, never()).endHolds(any(), any(), any(), any(), any());
        verify(reservations, never()).extendLive(any(), any(), any(), any());
        verify(audit, never()).append(any(), any(), anyList());
    }

    @Test
    void an_unknown_line_or_a_line_of_another_sale_is_not_found() {
        when(sales.lockForUpdateByLine(any(), any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.remove(f.owner, Optional.of(sale.id()), gone.id(), Optional.empty()))
                .isInstanceOf(NotFoundException.class);

        locked();
        Sale other = f.draft();
        assertThatThrownBy(() -> service.remove(f.owner, Optional.of(other.id()), gone.id(), Optional.empty()))
                .isInstanceOf(NotFoundException.class);
        nothingWritten();
    }

    @Test
    void the_storefront_then_the_version_then_the_status() {
        locked();
        assertThatThrownBy(() -> service.remove(SaleChangeChecks.cashierElsewhere(f), Optional.of(sale.id()), gone.id(),
                Optional.of(ExpectedVersion.version(99)))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.remove(f.owner, Optional.of(sale.id()), gone.id(),
                Optional.of(ExpectedVersion.version(99))))
                .isInstanceOfSatisfying(PreconditionFailedException.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(sale.version()));

        Sale closed = f.draft();
        SaleLine line = f.addLine(closed, "1", "1.00");
        closed.abandon(f.now.minusSeconds(5));
        when(sales.lockForUpdateByLine(f.business, line.id())).thenReturn(Optional.of(f.view(closed, Map.of())));
        assertThatThrownBy(() -> service.remove(f.owner, Optional.empty(), line.id(), Optional.empty()))
                .isInstanceOf(InvalidSaleStatusException.class);
        nothingWritten();
    }

    @Test
    void the_hold_ends_then_the_line_goes_then_the_sale_its_audit_and_the_slide() {
        locked();
        when(reservations.endHolds(f.business, sale.id(), Optional.of(gone.id()), ReleaseReason.ITEM_REMOVED, f.now))
                .thenReturn(new HoldLedger.Ended(List.of(goneHold), List.of()));
        long before = sale.version();

        SaleView view = service.remove(f.owner, Optional.of(sale.id()), gone.id(), Optional.of(ExpectedVersion.version(before)));

        Instant until = f.now.plus(f.policy.ttl());
        assertThat(view.sale().lines()).extracting(SaleLine::id).containsExactly(kept.id());
        assertThat(view.sale().version()).isEqualTo(before + 1);
        assertThat(view.reservationOf(gone.id())).isEmpty();
        assertThat(view.reservationOf(kept.id()).orElseThrow().expiresAt()).isEqualTo(until);
        InOrder order = inOrder(reservations, sales, audit);
        order.verify(reservations).endHolds(f.business, sale.id(), Optional.of(gone.id()), ReleaseReason.ITEM_REMOVED, f.now);
        order.verify(sales).update(eq(sale), argThat(e -> e.size() == 1
                && e.get(0) instanceof io.salescore.domain.sale.SaleEvent.LineRemoved r && r.line().id().equals(gone.id())));
        order.verify(audit).append(eq(f.owner), eq(f.now), anyList());
        order.verify(reservations).extendLive(f.business, sale.id(), f.now, until);
        List<AuditEvent> events = SaleChangeChecks.appended(audit, f);
        assertThat(events).extracting(AuditEvent::eventType).containsExactly("sale_item.removed", "stock.released");
        assertThat(events.get(0).data()).containsEntry("sale_item_id", gone.id().toString())
                .containsEntry("quantity", gone.quantity().toPlainString());
        assertThat(events.get(1).data()).containsEntry("reason", "ITEM_REMOVED")
                .containsEntry("reservation_id", goneHold.id().toString());
    }
}
