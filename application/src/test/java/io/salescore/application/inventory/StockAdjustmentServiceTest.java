package io.salescore.application.inventory;

import io.salescore.application.common.Input;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.catalog.port.out.ProductRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.inventory.port.out.StockRepository;
import io.salescore.application.inventory.port.out.StorefrontRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.MovementKind;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.StockAdjustment;
import io.salescore.domain.inventory.StockMovement;
import io.salescore.domain.shared.InsufficientStockException;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class StockAdjustmentServiceTest {

    private final StockFixtures f = new StockFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final StorefrontRepository storefronts = mock(StorefrontRepository.class);
    private final ProductRepository products = mock(ProductRepository.class);
    private final StockRepository stock = mock(StockRepository.class);
    private final ReservationRepository reservations = mock(ReservationRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final IdGenerator ids = UUID::randomUUID;
    private final StockAdjustmentService service = new StockAdjustmentService(tx, storefronts, products, stock,
            reservations, audit, ids, Clock.fixed(f.now, ZoneOffset.UTC));
    private final Actor manager = f.actor(Role.MANAGER, f.storefront.id());

    @BeforeEach
    void known_rows() {
        when(storefronts.find(f.business, f.storefront.id())).thenReturn(Optional.of(f.storefront));
        when(storefronts.find(f.business, f.otherStorefront.id())).thenReturn(Optional.of(f.otherStorefront));
        when(products.find(f.business, f.product.id())).thenReturn(Optional.of(f.product));
    }

    private StockAdjustment adjust(Actor actor, StorefrontId storefront, String delta) {
        return service.adjust(actor, storefront,
                Input.of(new StockAdjustment.Request(f.product.id(), new BigDecimal(delta), "Recount")));
    }

    private Reservation expiredHold(String quantity) {
        return new Reservation(ReservationId.of(UUID.randomUUID()), SaleId.of(UUID.randomUUID()),
                SaleItemId.of(UUID.randomUUID()), f.storefront.id(), f.product.id(), null, Quantity.of(quantity),
                io.salescore.domain.inventory.ReservationStatus.ACTIVE, f.now.minus(Duration.ofMinutes(1)),
                f.now.minus(Duration.ofMinutes(31)), null, null);
    }

    @Test
    void adding_stock_upserts_the_row_and_records_adjustment_movement_and_audit() {
        when(stock.addToInventory(f.business, f.storefront.id(), f.product.id(), new BigDecimal("5.00"), f.now))
                .thenReturn(new BigDecimal("12.00"));

        StockAdjustment a = adjust(manager, f.storefront.id(), "5");

        assertThat(a.quantityAfter()).isEqualByComparingTo("12");
        assertThat(a.reason()).isEqualTo("Recount");
        verify(stock).insertAdjustment(a);
        ArgumentCaptor<StockMovement> movement = ArgumentCaptor.forClass(StockMovement.class);
        verify(stock).insertMovement(movement.capture());
        assertThat(movement.getValue().kind()).isEqualTo(MovementKind.ADJUSTMENT);
        assertThat(movement.getValue().quantityDelta()).isEqualByComparingTo("5");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<AuditEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(audit).append(eq(manager), eq(f.now), events.capture());
        assertThat(events.getValue().get(0).eventType()).isEqualTo("stock.adjusted");
        assertThat(events.getValue().get(0).data()).containsEntry("quantity_delta", "5.00")
                .containsEntry("quantity_after", "12.00").containsEntry("reason", "Recount");
        verifyNoInteractions(reservations);
        assertThat(tx.transactions()).isEqualTo(1);
    }

    @Test
    void taking_stock_away_within_what_holds_leave_needs_no_sweep() {
        when(stock.removeFromInventory(f.business, f.storefront.id(), f.product.id(), new BigDecimal("2.00"), f.now))
                .thenReturn(Optional.of(new BigDecimal("8.00")));

        assertThat(adjust(manager, f.storefront.id(), "-2").quantityAfter()).isEqualByComparingTo("8");
        verifyNoInteractions(reservations);
    }

    @Test
    void a_refusal_releases_expired_holds_in_the_same_transaction_and_tries_once_more() {
        when(stock.removeFromInventory(f.business, f.storefront.id(), f.product.id(), new BigDecimal("5.00"), f.now))
                .thenReturn(Optional.empty()).thenReturn(Optional.of(new BigDecimal("5.00")));
        when(stock.quantityOf(f.business, f.storefront.id(), f.product.id()))
                .thenReturn(Optional.of(new BigDecimal("10.00")));
        when(reservations.expireDue(f.business, f.storefront.id(), f.product.id(), f.now))
                .thenReturn(List.of(expiredHold("8")));

        StockAdjustment a = adjust(manager, f.storefront.id(), "-5");

        assertThat(a.quantityAfter()).isEqualByComparingTo("5");
        InOrder order = inOrder(stock, reservations);
        order.verify(stock).removeFromInventory(any(), any(), any(), any(), any());
        order.verify(reservations).expireDue(f.business, f.storefront.id(), f.product.id(), f.now);
        order.verify(stock).removeFromInventory(any(), any(), any(), any(), any());
        assertThat(tx.transactions()).isEqualTo(1);
    }

    @Test
    void still_refused_is_insufficient_stock_with_the_unreserved_quantity_and_nothing_written() {
        when(stock.removeFromInventory(any(), any(), any(), any(), any())).thenReturn(Optional.empty());
        when(stock.quantityOf(f.business, f.storefront.id(), f.product.id()))
                .thenReturn(Optional.of(new BigDecimal("10.00")));
        when(reservations.expireDue(any(), any(), any(), any())).thenReturn(List.of());
        when(reservations.liveHeld(f.business, f.storefront.id(), f.product.id(), f.now))
                .thenReturn(new BigDecimal("8.00"));

        assertThatThrownBy(() -> adjust(manager, f.storefront.id(), "-5"))
                .isInstanceOfSatisfying(InsufficientStockException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Unable to adjust stock below what open sales hold.");
                    assertThat(e.details()).containsEntry("available", "2.00").containsEntry("requested", "5.00");
                });
        verify(stock, times(1)).removeFromInventory(any(), any(), any(), any(), any());
        verify(stock, never()).insertAdjustment(any());
        verify(stock, never()).insertMovement(any());
        verifyNoInteractions(audit);
    }

    @Test
    void taking_away_a_product_never_stocked_there_is_insufficient_stock_with_nothing_available() {
        when(stock.removeFromInventory(any(), any(), any(), any(), any())).thenReturn(Optional.empty());
        when(stock.quantityOf(any(), any(), any())).thenReturn(Optional.empty());
        when(reservations.liveHeld(any(), any(), any(), any())).thenReturn(BigDecimal.ZERO);

        assertThatThrownBy(() -> adjust(manager, f.storefront.id(), "-1"))
                .isInstanceOfSatisfying(InsufficientStockException.class,
                        e -> assertThat(e.details()).containsEntry("available", "0.00"));
        verify(reservations, never()).expireDue(any(), any(), any(), any());
    }

    @Test
    void unknown_storefront_is_404_before_the_role_and_the_role_before_the_body() {
        assertThatThrownBy(() -> adjust(manager, StorefrontId.of(UUID.randomUUID()), "1"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.adjust(f.actor(Role.CASHIER, f.storefront.id()), f.storefront.id(), Input.invalid(
                new IllegalStateException("the fields must not be read before the role")))).isInstanceOf(PermissionDeniedException.class);
        // An unparsable body comes before the role (http-api.md precedence).
        assertThatThrownBy(() -> service.adjust(f.actor(Role.CASHIER, f.storefront.id()), f.storefront.id(), Input.unparsable(
                new IllegalStateException("unparsable")))).hasMessage("unparsable");
        assertThatThrownBy(() -> adjust(manager, f.otherStorefront.id(), "1"))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void an_unknown_product_or_a_fraction_of_pcs_is_a_validation_error() {
        ProductId unknown = ProductId.of(UUID.randomUUID());
        assertThatThrownBy(() -> service.adjust(manager, f.storefront.id(),
                Input.of(new StockAdjustment.Request(unknown, BigDecimal.ONE, "x"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details()).containsEntry("product", List.of("Not found.")));
        assertThatThrownBy(() -> adjust(manager, f.storefront.id(), "0.5"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details()).containsKey("quantity_delta"));
        verifyNoInteractions(stock);
    }
}
