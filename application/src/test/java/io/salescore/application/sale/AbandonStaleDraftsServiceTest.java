package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleStatus;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** AbandonStaleDraftsService: stale drafts are cancelled by the system with DRAFT_EXPIRED; others are skipped. */
class AbandonStaleDraftsServiceTest {

    private final SaleFixtures f = new SaleFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final SaleRepository sales = mock(SaleRepository.class);
    private final ReservationRepository reservations = mock(ReservationRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final Duration maxAge = Duration.ofHours(12);
    private final AbandonStaleDraftsService service = new AbandonStaleDraftsService(tx, sales, reservations, audit,
            f.clock, maxAge, 50);

    @Test
    void a_stale_draft_is_cancelled_its_holds_end_and_the_system_audits_it() {
        Sale sale = f.draft();
        SaleLine line = f.addLine(sale, "1", "10.00");
        Reservation hold = f.hold(sale, line, f.live());
        when(sales.lockStaleDrafts(f.now.minus(maxAge), 50)).thenReturn(List.of(new SaleRepository.SaleRef(f.business,
                sale.id())));
        when(sales.find(f.business, sale.id())).thenReturn(Optional.of(f.view(sale, Map.of(line.id(), hold))));
        when(reservations.endHolds(f.business, sale.id(), Optional.empty(), ReleaseReason.DRAFT_EXPIRED, f.now))
                .thenReturn(new HoldLedger.Ended(List.of(hold), List.of()));
        long before = sale.version();

        int done = service.abandonStaleDrafts();

        assertThat(done).isEqualTo(1);
        assertThat(tx.transactions()).isEqualTo(1);
        assertThat(sale.status()).isEqualTo(SaleStatus.CANCELLED);
        assertThat(sale.version()).isEqualTo(before + 1);
        InOrder order = inOrder(reservations, sales, audit);
        order.verify(reservations).endHolds(f.business, sale.id(), Optional.empty(), ReleaseReason.DRAFT_EXPIRED, f.now);
        order.verify(sales).update(eq(sale), argThat(e -> e.size() == 1 && e.get(0) instanceof io.salescore.domain.sale.SaleEvent.Cancelled));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<AuditEvent>> events = ArgumentCaptor.forClass(List.class);
        order.verify(audit).appendSystem(eq(f.business), eq(f.now), events.capture());
        assertThat(events.getValue()).extracting(AuditEvent::eventType).containsExactly("stock.released", "sale.cancelled");
        assertThat(events.getValue().get(0).data()).containsEntry("reason", "DRAFT_EXPIRED");
        assertThat(events.getValue().get(1).data()).containsEntry("reason", "DRAFT_EXPIRED")
                .containsEntry("max_age", "PT12H");
        verify(reservations, never()).extendLive(any(), any(), any(), any());
        verify(audit, never()).append(any(), any(), anyList());
    }

    @Test
    void a_vanished_or_already_cancelled_sale_is_skipped_and_not_counted() {
        Sale gone = f.draft();
        Sale cancelled = SaleChangeChecks.cancelled(f);
        when(sales.lockStaleDrafts(f.now.minus(maxAge), 50)).thenReturn(List.of(
                new SaleRepository.SaleRef(f.business, gone.id()), new SaleRepository.SaleRef(f.business, cancelled.id())));
        when(sales.find(f.business, gone.id())).thenReturn(Optional.empty());
        when(sales.find(f.business, cancelled.id())).thenReturn(Optional.of(f.view(cancelled, Map.of())));

        assertThat(service.abandonStaleDrafts()).isZero();
        verify(sales, never()).update(any(), anyList());
        verify(reservations, never()).endHolds(any(), any(), any(), any(), any());
        verify(audit, never()).appendSystem(any(), any(), anyList());
    }
}
