package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.ToggleSaleTypeUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.InvalidSaleStatusException;
import io.salescore.domain.shared.Money;
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

/** ToggleSaleTypeService at its ports: batch-priced lines take the new type's price; the same type is a no-op. */
class ToggleSaleTypeServiceTest {

    private final SaleFixtures f = new SaleFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final SaleRepository sales = mock(SaleRepository.class);
    private final SaleCatalog catalog = mock(SaleCatalog.class);
    private final ReservationRepository reservations = mock(ReservationRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final ToggleSaleTypeService service = new ToggleSaleTypeService(tx, sales, catalog, reservations, audit,
            f.policy, f.clock);

    private final Sale sale = f.draft();
    private final SaleLine line = f.addLine(sale, "2", "20.00");

    private void locked() {
        when(sales.lockForUpdate(f.business, sale.id())).thenReturn(Optional.of(f.view(sale,
                Map.of(line.id(), f.hold(sale, line, f.live())))));
    }

    private ToggleSaleTypeUseCase.Command command(Optional<ExpectedVersion> v, Input<SaleType> type) {
        return new ToggleSaleTypeUseCase.Command(sale.id(), v, type);
    }

    private void nothingWritten() {
        verify(sales, never()).update(any(), anyList());
        verify(audit, never()).append(any(), any(), anyList());
        verify(reservations, never()).extendLive(any(), any(), any(), any());
    }

    @Test
    void refusals_in_the_contracts_order_write_nothing() {
        when(sales.lockForUpdate(any(), any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.toggle(f.owner, command(Optional.empty(),
                Input.unparsable(SaleChangeChecks.malformed())))).isInstanceOf(NotFoundException.class);

        locked();
        RuntimeException problem = SaleChangeChecks.malformed();
        assertThatThrownBy(() -> service.toggle(SaleChangeChecks.cashierElsewhere(f),
                command(Optional.of(ExpectedVersion.version(99)), Input.unparsable(problem)))).isSameAs(problem);
        assertThatThrownBy(() -> service.toggle(SaleChangeChecks.cashierElsewhere(f),
                command(Optional.of(ExpectedVersion.version(99)), Input.of(SaleType.WHOLESALE))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.toggle(f.owner,
                command(Optional.of(ExpectedVersion.version(99)), Input.of(SaleType.WHOLESALE))))
                .isInstanceOf(PreconditionFailedException.class);

        Sale closed = SaleChangeChecks.cancelled(f);
        when(sales.lockForUpdate(f.business, closed.id())).thenReturn(Optional.of(f.view(closed, Map.of())));
        assertThatThrownBy(() -> service.toggle(f.owner, new ToggleSaleTypeUseCase.Command(closed.id(),
                Optional.empty(), Input.of(SaleType.WHOLESALE)))).isInstanceOf(InvalidSaleStatusException.class);
        nothingWritten();
    }

    @Test
    void wholesale_reprices_the_batch_line_writes_it_then_the_sale_audit_and_slide() {
        // f.addLine prices from the batch (priceFromBatch = true).
        locked();
        when(catalog.batches(eq(f.business), any())).thenReturn(List.of(
                new SaleCatalog.Batch(f.batch, Money.of("20.00"), Optional.of(Money.of("18.00")))));
        long before = sale.version();

        ToggleSaleTypeUseCase.Result result = service.toggle(f.owner, command(Optional.empty(), Input.of(SaleType.WHOLESALE)));

        Instant until = f.now.plus(f.policy.ttl());
        assertThat(result.changed()).isTrue();
        assertThat(result.updated()).containsExactly(new Sale.Repricing(line.id(), "Cola", Money.of("20.00"),
                Money.of("18.00")));
        assertThat(result.sale().sale().type()).isEqualTo(SaleType.WHOLESALE);
        assertThat(result.sale().sale().version()).isEqualTo(before + 1);
        assertThat(result.sale().sale().line(line.id()).unitPrice()).isEqualTo(Money.of("18.00"));
        assertThat(result.sale().reservationOf(line.id()).orElseThrow().expiresAt()).isEqualTo(until);
        InOrder order = inOrder(sales, audit, reservations);
        order.verify(sales).update(eq(sale), argThat(e -> e.size() == 1
                && e.get(0) instanceof io.salescore.domain.sale.SaleEvent.TypeChanged t
                && t.repriced().get(0).lineId().equals(line.id())));
        order.verify(audit).append(eq(f.owner), eq(f.now), anyList());
        order.verify(reservations).extendLive(f.business, sale.id(), f.now, until);
        List<AuditEvent> events = SaleChangeChecks.appended(audit, f);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("sale.type_changed");
            assertThat(e.sale()).isEqualTo(sale.id());
            assertThat(e.data().toString()).contains("RETAIL").contains("WHOLESALE");
        });
    }

    @Test
    void the_same_type_again_changes_and_writes_nothing() {
        locked();
        long before = sale.version();

        ToggleSaleTypeUseCase.Result result = service.toggle(f.owner, command(Optional.empty(), Input.of(SaleType.RETAIL)));

        assertThat(result.changed()).isFalse();
        assertThat(result.updated()).isEmpty();
        assertThat(result.sale().sale().version()).isEqualTo(before);
        nothingWritten();
        verify(catalog, never()).batches(any(), any());
    }
}
