package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.LineResult;
import io.salescore.application.sale.port.in.UpdateSaleItemUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.InsufficientStockException;
import io.salescore.domain.shared.InvalidSaleStatusException;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.PreconditionFailedException;
import io.salescore.domain.shared.Quantity;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** UpdateSaleItemService at its ports: a quantity change resizes the live hold (or takes a new one), then saves. */
class UpdateSaleItemServiceTest {

    private final SaleFixtures f = new SaleFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final SaleRepository sales = mock(SaleRepository.class);
    private final SaleCatalog catalog = mock(SaleCatalog.class);
    private final ReservationRepository reservations = mock(ReservationRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final UUID newHoldId = UUID.randomUUID();
    private final UpdateSaleItemService service = new UpdateSaleItemService(tx, sales, catalog, reservations, audit,
            f.policy, () -> newHoldId, f.clock);

    private final Sale sale = f.draft();
    private final SaleLine line = f.addLine(sale, "2", "10.00");

    private void locked(Map<io.salescore.domain.shared.SaleItemId, Reservation> holds, List<Reservation> active) {
        when(sales.lockForUpdateByLine(f.business, line.id())).thenReturn(Optional.of(f.view(sale, holds)));
        when(reservations.lockActiveHolds(eq(f.business), eq(f.storefront), eq(sale.id()), anyCollection()))
                .thenReturn(active);
    }

    private Reservation liveHold() {
        Reservation hold = f.hold(sale, line, f.live());
        locked(Map.of(line.id(), hold), List.of(hold));
        return hold;
    }

    private UpdateSaleItemUseCase.Command quantity(String q) {
        return new UpdateSaleItemUseCase.Command(line.id(), Optional.empty(), Input.of(new UpdateSaleItemUseCase.Changes(
                Optional.of(Quantity.of(q)), Optional.empty(), Optional.empty(), Optional.empty())));
    }

    private void nothingWritten() {
        verify(sales, never()).update(any(), anyList());
        verify(reservations, never()).resize(any(), any(), any());
        verify(reservations, never()).hold(any(), any());
        verify(reservations, never()).extendLive(any(), any(), any(), any());
        verify(audit, never()).append(any(), any(), anyList());
    }

    @Test
    void refusals_in_the_contracts_order_write_nothing() {
        when(sales.lockForUpdateByLine(any(), any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.update(f.owner, new UpdateSaleItemUseCase.Command(line.id(), Optional.empty(),
                Input.unparsable(SaleChangeChecks.malformed())))).isInstanceOf(NotFoundException.class);

        liveHold();
        RuntimeException problem = SaleChangeChecks.malformed();
        assertThatThrownBy(() -> service.update(SaleChangeChecks.cashierElsewhere(f), new UpdateSaleItemUseCase.Command(
                line.id(), Optional.of(ExpectedVersion.version(99)), Input.unparsable(problem)))).isSameAs(problem);
        assertThatThrownBy(() -> service.update(SaleChangeChecks.cashierElsewhere(f), new UpdateSaleItemUseCase.Command(
                line.id(), Optional.of(ExpectedVersion.version(99)), quantity("3").changes())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.update(f.owner, new UpdateSaleItemUseCase.Command(line.id(),
                Optional.of(ExpectedVersion.version(99)), quantity("3").changes())))
                .isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> service.update(f.owner, new UpdateSaleItemUseCase.Command(line.id(), Optional.empty(),
                quantity("3").changes(), Optional.of(f.draft().id())))).isInstanceOf(NotFoundException.class);

        Sale closed = f.draft();
        SaleLine closedLine = f.addLine(closed, "1", "1.00");
        closed.abandon(f.now.minusSeconds(5));
        when(sales.lockForUpdateByLine(f.business, closedLine.id())).thenReturn(Optional.of(f.view(closed, Map.of())));
        assertThatThrownBy(() -> service.update(f.owner, new UpdateSaleItemUseCase.Command(closedLine.id(),
                Optional.empty(), quantity("3").changes()))).isInstanceOf(InvalidSaleStatusException.class);
        nothingWritten();
    }

    @Test
    void more_resizes_the_live_hold_then_writes_the_line_the_sale_its_audit_and_slides() {
        Reservation hold = liveHold();
        when(reservations.resize(f.business, hold, Quantity.of("5"))).thenReturn(true);
        long before = sale.version();

        LineResult result = service.update(f.owner, quantity("5"));

        Instant until = f.now.plus(f.policy.ttl());
        assertThat(result.saleLine().quantity()).isEqualTo(Quantity.of("5"));
        assertThat(result.sale().sale().version()).isEqualTo(before + 1);
        Reservation shown = result.sale().reservationOf(line.id()).orElseThrow();
        assertThat(shown.id()).isEqualTo(hold.id());
        assertThat(shown.quantity()).isEqualTo(Quantity.of("5"));
        assertThat(shown.expiresAt()).isEqualTo(until);
        InOrder order = inOrder(reservations, sales, audit);
        order.verify(reservations).lockActiveHolds(eq(f.business), eq(f.storefront), eq(sale.id()), anyCollection());
        order.verify(reservations).resize(f.business, hold, Quantity.of("5"));
        order.verify(sales).update(eq(sale), argThat(e -> e.size() == 1
                && e.get(0) instanceof io.salescore.domain.sale.SaleEvent.LineChanged c
                && c.after().equals(sale.line(line.id()))));
        order.verify(audit).append(eq(f.owner), eq(f.now), anyList());
        order.verify(reservations).extendLive(f.business, sale.id(), f.now, until);
        List<AuditEvent> events = SaleChangeChecks.appended(audit, f);
        assertThat(events).extracting(AuditEvent::eventType).containsExactly("sale_item.updated", "stock.reserved");
        assertThat(events.get(1).data()).containsEntry("quantity", "3.00").containsEntry("hold_quantity",
                Quantity.of("5").toPlainString());
        verify(reservations, never()).hold(any(), any());
    }

    @Test
    void less_gives_the_difference_back_as_quantity_reduced() {
        Reservation hold = liveHold();
        when(reservations.resize(f.business, hold, Quantity.of("1"))).thenReturn(true);

        service.update(f.owner, quantity("1"));

        List<AuditEvent> events = SaleChangeChecks.appended(audit, f);
        assertThat(events).extracting(AuditEvent::eventType).containsExactly("sale_item.updated", "stock.released");
        assertThat(events.get(1).data()).containsEntry("reason", "QUANTITY_REDUCED").containsEntry("quantity", "1.00");
    }

    @Test
    void a_line_without_a_live_hold_takes_a_new_one_for_the_whole_quantity() {
        locked(Map.of(), List.of());
        when(reservations.hold(eq(f.business), any())).thenReturn(true);

        LineResult result = service.update(f.owner, quantity("4"));

        Reservation shown = result.sale().reservationOf(line.id()).orElseThrow();
        assertThat(shown.id().value()).isEqualTo(newHoldId);
        assertThat(shown.quantity()).isEqualTo(Quantity.of("4"));
        assertThat(shown.expiresAt()).isEqualTo(f.now.plus(f.policy.ttl()));
        verify(reservations).hold(f.business, shown);
        verify(reservations, never()).resize(any(), any(), any());
        assertThat(SaleChangeChecks.appended(audit, f)).extracting(AuditEvent::eventType)
                .containsExactly("sale_item.updated", "stock.reserved");
    }

    @Test
    void a_growth_that_does_not_fit_is_insufficient_stock_and_saves_nothing() {
        Reservation hold = liveHold();
        when(reservations.resize(f.business, hold, Quantity.of("9"))).thenReturn(false);
        when(reservations.expireDue(f.business, f.storefront, f.product, f.now)).thenReturn(List.of());
        when(reservations.available(f.business, f.storefront, f.product, f.now)).thenReturn(new BigDecimal("3"));

        assertThatThrownBy(() -> service.update(f.owner, quantity("9")))
                .isInstanceOfSatisfying(InsufficientStockException.class,
                        e -> assertThat(e.details()).containsEntry("available", "5.00").containsEntry("requested", "9.00"));
        verify(sales, never()).update(any(), anyList());
        verify(audit, never()).append(any(), any(), anyList());
        verify(reservations, never()).extendLive(any(), any(), any(), any());
    }

    @Test
    void the_same_values_again_write_nothing() {
        liveHold();
        long before = sale.version();

        LineResult result = service.update(f.owner, new UpdateSaleItemUseCase.Command(line.id(), Optional.empty(),
                Input.of(new UpdateSaleItemUseCase.Changes(Optional.of(Quantity.of("2")), Optional.empty(),
                        Optional.empty(), Optional.of(line.taxRate())))));

        assertThat(result.sale().sale().version()).isEqualTo(before);
        nothingWritten();
        verify(reservations, never()).lockActiveHolds(any(), any(), any(), anyCollection());
    }
}
