package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.in.AddItemUseCase;
import io.salescore.application.sale.port.in.LineResult;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.Payment;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.InsufficientStockException;
import io.salescore.domain.shared.InvalidSaleStatusException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PaymentId;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.PreconditionFailedException;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** AddItemService at its ports: the order of checks, the retry after releasing expired holds, the refusal. */
class AddItemServiceTest {

    private final SaleFixtures f = new SaleFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final SaleRepository sales = mock(SaleRepository.class);
    private final SaleCatalog catalog = mock(SaleCatalog.class);
    private final ReservationRepository reservations = mock(ReservationRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final AddItemService service = new AddItemService(tx, sales, catalog, reservations, audit, f.policy,
            UUID::randomUUID, f.clock);
    private final Sale sale = f.draft();

    private AddItemUseCase.Command command(String quantity) {
        return new AddItemUseCase.Command(sale.id(), Optional.empty(), Input.of(new AddItemUseCase.Item(f.product,
                Optional.empty(), Quantity.of(quantity), Optional.empty(), Optional.empty(), Optional.empty())));
    }

    private void saleIsThere() {
        when(sales.lockForUpdate(f.business, sale.id())).thenReturn(Optional.of(f.view(sale, Map.of())));
        when(catalog.product(eq(f.business), eq(f.storefront), eq(f.product), any())).thenReturn(Optional.of(f.priced()));
    }

    @Test
    void writes_the_line_then_takes_the_stock_last_in_one_transaction() {
        saleIsThere();
        when(reservations.holdAndSlideSale(eq(f.business), any(), eq(f.now))).thenReturn(true);

        LineResult result = service.addItem(f.owner, command("3"));

        assertThat(tx.transactions()).isEqualTo(1);
        assertThat(result.saleLine().unitPrice()).isEqualTo(Money.of("20.00"));
        assertThat(result.sale().sale().version()).isEqualTo(2);
        Reservation hold = result.sale().reservationOf(result.line()).orElseThrow();
        assertThat(hold.quantity()).isEqualTo(Quantity.of(3));
        assertThat(hold.expiresAt()).isEqualTo(f.now.plus(f.policy.ttl()));
        InOrder order = inOrder(sales, audit, reservations);
        order.verify(sales).update(eq(sale), argThat(e -> e.size() == 1 && e.get(0) instanceof io.salescore.domain.sale.SaleEvent.LineAdded));
        order.verify(audit).append(eq(f.owner), eq(f.now), anyList());
        order.verify(reservations).holdAndSlideSale(eq(f.business), any(), eq(f.now));
        verify(reservations, never()).expireDue(any(), any(), any(), any());
    }

    @Test
    void a_refusal_releases_the_products_expired_holds_and_tries_once_more() {
        saleIsThere();
        Reservation stale = f.hold(sale, f.addLine(f.draft(), "2", "1.00"), f.past());
        when(reservations.holdAndSlideSale(eq(f.business), any(), eq(f.now))).thenReturn(false, true);
        when(reservations.expireDue(f.business, f.storefront, f.product, f.now)).thenReturn(List.of(stale));

        service.addItem(f.owner, command("1"));

        verify(reservations, times(2)).holdAndSlideSale(eq(f.business), any(), eq(f.now));
        verify(audit, times(2)).append(eq(f.owner), eq(f.now), anyList());
    }

    @Test
    void a_second_refusal_is_insufficient_stock_with_what_is_available() {
        saleIsThere();
        when(reservations.holdAndSlideSale(eq(f.business), any(), eq(f.now))).thenReturn(false);
        when(reservations.expireDue(f.business, f.storefront, f.product, f.now)).thenReturn(List.of());
        when(reservations.available(f.business, f.storefront, f.product, f.now)).thenReturn(new BigDecimal("2"));

        assertThatThrownBy(() -> service.addItem(f.owner, command("3")))
                .isInstanceOfSatisfying(InsufficientStockException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Unable to add item due to stock restrictions.");
                    assertThat(e.details()).containsEntry("available", "2.00").containsEntry("requested", "3.00")
                            .containsEntry("product_id", f.product.toString());
                });
        verify(reservations, never()).extendLive(any(), any(), any(), any());
        verify(sales, never()).insertPayments(any(), any(), any());
    }

    @Test
    void the_sale_status_is_checked_before_the_input() {
        Sale completed = f.draft();
        f.addLine(completed, "1", "5.00");
        var plan = completed.planCheckout(Optional.empty(), List.of(new io.salescore.domain.sale.Tender(
                Money.of("5.00"), PaymentMethod.CASH, "")), Optional.empty(), Optional.empty(), Optional.empty());
        completed.complete(plan, List.of(new Payment(PaymentId.of(UUID.randomUUID()), Money.of("5.00"),
                PaymentMethod.CASH, "", f.now, f.owner.userId())),
                io.salescore.domain.sale.ReceiptNumber.of("MAIN", java.time.LocalDate.of(2026, 11, 22), 1), f.now);
        when(sales.lockForUpdate(f.business, completed.id())).thenReturn(Optional.of(f.view(completed, Map.of())));

        var badInput = new AddItemUseCase.Command(completed.id(), Optional.empty(),
                Input.<AddItemUseCase.Item>invalid(ValidationException.field("quantity", "A valid number is required.")));

        assertThatThrownBy(() -> service.addItem(f.owner, badInput))
                .isInstanceOfSatisfying(InvalidSaleStatusException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Can only add items to draft sales"));
    }

    @Test
    void not_found_then_permission_then_version_come_before_everything_else() {
        when(sales.lockForUpdate(any(), any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.addItem(f.owner, command("1"))).isInstanceOf(NotFoundException.class);

        when(sales.lockForUpdate(f.business, sale.id())).thenReturn(Optional.of(f.view(sale, Map.of())));
        Actor cashierElsewhere = new Actor(f.owner.userId(), "Cashier", f.business, Role.CASHIER,
                Set.of(StorefrontId.of(UUID.randomUUID())), null, null);
        assertThatThrownBy(() -> service.addItem(cashierElsewhere, command("1")))
                .isInstanceOf(PermissionDeniedException.class);

        var stale = new AddItemUseCase.Command(sale.id(), Optional.of(ExpectedVersion.version(9)), command("1").item());
        assertThatThrownBy(() -> service.addItem(f.owner, stale))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e -> assertThat(e.currentVersion()).isEqualTo(1));
        verify(sales, never()).update(any(), anyList());
        verify(reservations, never()).holdAndSlideSale(any(), any(), any());
    }

    @Test
    void a_batch_that_is_not_the_products_is_refused_as_a_body_id() {
        when(sales.lockForUpdate(f.business, sale.id())).thenReturn(Optional.of(f.view(sale, Map.of())));
        when(catalog.product(eq(f.business), eq(f.storefront), eq(f.product), any())).thenReturn(Optional.of(
                new SaleCatalog.PricedProduct(f.product, "Cola", "SKU-1", "pcs", true, Optional.empty(),
                        io.salescore.domain.shared.Percentage.ZERO)));
        var withForeignBatch = new AddItemUseCase.Command(sale.id(), Optional.empty(), Input.of(new AddItemUseCase.Item(
                f.product, Optional.of(f.batch), Quantity.of(1), Optional.empty(), Optional.empty(), Optional.empty())));

        assertThatThrownBy(() -> service.addItem(f.owner, withForeignBatch))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details()).containsEntry("stock_product", List.of("Not found.")));
        verify(reservations, never()).holdAndSlideSale(any(), any(), any());
        verify(sales, never()).update(any(), anyList());
    }
}
