package io.salescore.application.inventory;

import io.salescore.application.common.Input;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.catalog.port.out.ProductRepository;
import io.salescore.application.catalog.port.out.StockProductRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.PageRequest;
import io.salescore.application.inventory.port.TransferFilter;
import io.salescore.application.inventory.port.in.TransferStockCommand;
import io.salescore.application.inventory.port.out.StockRepository;
import io.salescore.application.inventory.port.out.StorefrontRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.inventory.MovementKind;
import io.salescore.domain.inventory.StockMovement;
import io.salescore.domain.inventory.StockTransfer;
import io.salescore.domain.shared.InsufficientStockException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class StockTransferServiceTest {

    private final StockFixtures f = new StockFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final StockProductRepository batches = mock(StockProductRepository.class);
    private final ProductRepository products = mock(ProductRepository.class);
    private final StorefrontRepository storefronts = mock(StorefrontRepository.class);
    private final StockRepository stock = mock(StockRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final IdGenerator ids = UUID::randomUUID;
    private final StockTransferService service = new StockTransferService(tx, batches, products, storefronts, stock,
            audit, ids, Clock.fixed(f.now, ZoneOffset.UTC));

    @BeforeEach
    void known_rows() {
        when(batches.find(f.business, f.batch.id())).thenReturn(Optional.of(f.batchView));
        when(storefronts.find(f.business, f.storefront.id())).thenReturn(Optional.of(f.storefront));
        when(storefronts.find(f.business, f.otherStorefront.id())).thenReturn(Optional.of(f.otherStorefront));
        when(products.find(f.business, f.product.id())).thenReturn(Optional.of(f.product));
    }

    private StockTransfer transfer(Actor actor, StockProductId batch, StorefrontId storefront, String quantity) {
        return service.transfer(actor, Input.of(new TransferStockCommand(batch, storefront, Quantity.of(quantity))));
    }

    @Test
    void a_transfer_draws_from_the_batch_adds_to_the_storefront_and_writes_transfer_movement_and_audit() {
        when(batches.draw(f.business, f.batch.id(), new BigDecimal("3.00"), f.now))
                .thenReturn(Optional.of(new BigDecimal("17.00")));
        when(stock.addToInventory(f.business, f.storefront.id(), f.product.id(), new BigDecimal("3.00"), f.now))
                .thenReturn(new BigDecimal("3.00"));
        Actor owner = f.actor(Role.OWNER);

        StockTransfer t = transfer(owner, f.batch.id(), f.storefront.id(), "3");

        assertThat(t.quantity()).isEqualTo(Quantity.of(3));
        assertThat(t.productId()).isEqualTo(f.product.id());
        assertThat(t.userId()).isEqualTo(owner.userId());
        assertThat(tx.transactions()).isEqualTo(1);
        verify(stock).insertTransfer(t);
        ArgumentCaptor<StockMovement> movement = ArgumentCaptor.forClass(StockMovement.class);
        verify(stock).insertMovement(movement.capture());
        assertThat(movement.getValue().kind()).isEqualTo(MovementKind.TRANSFER_IN);
        assertThat(movement.getValue().quantityDelta()).isEqualByComparingTo("3");
        assertThat(movement.getValue().reference()).isEqualTo(t.id());
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<AuditEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(audit).append(eq(owner), eq(f.now), events.capture());
        AuditEvent event = events.getValue().get(0);
        assertThat(event.eventType()).isEqualTo("stock.transferred");
        assertThat(event.storefront()).isEqualTo(f.storefront.id());
        assertThat(event.data()).containsEntry("quantity", "3.00").containsEntry("batch_remaining_quantity", "17.00")
                .containsEntry("storefront_quantity", "3.00");
    }

    @Test
    void a_batch_with_too_little_left_refuses_with_what_is_left_and_writes_nothing() {
        when(batches.draw(any(), any(), any(), any())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> transfer(f.actor(Role.ADMIN), f.batch.id(), f.storefront.id(), "25"))
                .isInstanceOfSatisfying(InsufficientStockException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Unable to transfer stock: the batch has too little left.");
                    assertThat(e.details()).containsEntry("available", "20.00").containsEntry("requested", "25.00")
                            .containsEntry("stock_product_id", f.batch.id().toString());
                });
        verify(stock, never()).addToInventory(any(), any(), any(), any(), any());
        verify(stock, never()).insertTransfer(any());
        verifyNoInteractions(audit);
    }

    @Test
    void a_cashier_is_refused_before_the_body_is_read() {
        assertThatThrownBy(() -> service.transfer(f.actor(Role.CASHIER, f.storefront.id()), Input.invalid(
                new IllegalStateException("the fields must not be read before the role")))).isInstanceOf(PermissionDeniedException.class);
        // An unparsable body comes before the role (http-api.md precedence).
        assertThatThrownBy(() -> service.transfer(f.actor(Role.CASHIER, f.storefront.id()), Input.unparsable(
                new IllegalStateException("unparsable")))).hasMessage("unparsable");
        verifyNoInteractions(batches, stock, audit);
    }

    @Test
    void a_manager_transfers_into_assigned_storefronts_only() {
        when(batches.draw(any(), any(), any(), any())).thenReturn(Optional.of(BigDecimal.TEN));
        when(stock.addToInventory(any(), any(), any(), any(), any())).thenReturn(BigDecimal.TEN);
        Actor manager = f.actor(Role.MANAGER, f.storefront.id());

        assertThat(transfer(manager, f.batch.id(), f.storefront.id(), "1")).isNotNull();
        assertThatThrownBy(() -> transfer(manager, f.batch.id(), f.otherStorefront.id(), "1"))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void unknown_batch_and_storefront_are_named_not_found_together() {
        StockProductId unknownBatch = StockProductId.of(UUID.randomUUID());
        StorefrontId unknownStorefront = StorefrontId.of(UUID.randomUUID());
        when(batches.find(f.business, unknownBatch)).thenReturn(Optional.empty());
        when(storefronts.find(f.business, unknownStorefront)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> transfer(f.actor(Role.OWNER), unknownBatch, unknownStorefront, "1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
                        .containsEntry("stock_product", List.of("Not found."))
                        .containsEntry("storefront", List.of("Not found.")));
    }

    @Test
    void an_inactive_storefront_or_a_fraction_of_a_pcs_product_is_refused_before_any_write() {
        f.otherStorefront.deactivate(f.now);
        assertThatThrownBy(() -> transfer(f.actor(Role.OWNER), f.batch.id(), f.otherStorefront.id(), "1"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details()).containsKey("storefront"));
        assertThatThrownBy(() -> transfer(f.actor(Role.OWNER), f.batch.id(), f.storefront.id(), "1.5"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details()).containsKey("quantity"));
        verify(batches, never()).draw(any(), any(), any(), any());
    }

    @Test
    void lists_are_scoped_to_the_callers_storefronts() {
        Actor cashier = f.actor(Role.CASHIER, f.storefront.id());
        PageRequest page = PageRequest.first();

        service.list(cashier, new TransferFilter(null, null, null), page);
        verify(stock).transfers(f.business, new TransferFilter(null, null, null), java.util.Set.of(f.storefront.id()),
                page);

        assertThatThrownBy(() -> service.list(cashier, new TransferFilter(f.otherStorefront.id(), null, null), page))
                .isInstanceOf(PermissionDeniedException.class);
        StorefrontId foreign = StorefrontId.of(UUID.randomUUID());
        assertThat(service.list(cashier, new TransferFilter(foreign, null, null), page).items()).isEmpty();
    }
}
