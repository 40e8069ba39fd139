package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Input;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.application.sale.port.in.UpdateSaleUseCase;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.shared.ExpectedVersion;
import io.salescore.domain.shared.InvalidSaleStatusException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.PreconditionFailedException;
import io.salescore.domain.shared.ValidationException;
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
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** UpdateSaleService (PATCH of a draft's sale fields) at its ports: refusals first, the diff in the audit, no-op. */
class UpdateSaleServiceTest {

    private final SaleFixtures f = new SaleFixtures();
    private final InlineUnitOfWork tx = new InlineUnitOfWork();
    private final SaleRepository sales = mock(SaleRepository.class);
    private final SaleCatalog catalog = mock(SaleCatalog.class);
    private final ReservationRepository reservations = mock(ReservationRepository.class);
    private final AuditLogRepository audit = mock(AuditLogRepository.class);
    private final UpdateSaleService service = new UpdateSaleService(tx, sales, catalog, reservations, audit, f.policy,
            f.clock);

    private Sale sale;
    private SaleLine line;

    private Sale locked() {
        sale = f.draft();
        line = f.addLine(sale, "2", "10.00");
        when(sales.lockForUpdate(f.business, sale.id())).thenReturn(Optional.of(f.view(sale,
                Map.of(line.id(), f.hold(sale, line, f.live())))));
        return sale;
    }

    private static UpdateSaleUseCase.Changes changes(Optional<Money> discount, Optional<String> notes,
                                                     Optional<PaymentType> type) {
        return new UpdateSaleUseCase.Changes(discount, Optional.empty(), notes, type);
    }

    private UpdateSaleUseCase.Command command(Optional<ExpectedVersion> v, Input<UpdateSaleUseCase.Changes> body) {
        return new UpdateSaleUseCase.Command(sale.id(), v, body);
    }

    private void nothingWritten() {
        verify(sales, never()).update(any(), anyList());
        verify(audit, never()).append(any(), any(), anyList());
        verify(reservations, never()).extendLive(any(), any(), any(), any());
    }

    @Test
    void an_unknown_sale_is_not_found_before_the_body_is_looked_at() {
        sale = f.draft();
        when(sales.lockForUpdate(any(), any())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.update(f.owner, command(Optional.empty(), Input.unparsable(
                SaleChangeChecks.malformed())))).isInstanceOf(NotFoundException.class);
        nothingWritten();
    }

    @Test
    void an_unparsable_body_comes_before_the_storefront_and_the_version() {
        locked();
        RuntimeException problem = SaleChangeChecks.malformed();

        assertThatThrownBy(() -> service.update(SaleChangeChecks.cashierElsewhere(f),
                command(Optional.of(ExpectedVersion.version(99)), Input.unparsable(problem)))).isSameAs(problem);
        nothingWritten();
    }

    @Test
    void the_storefront_then_the_version_then_the_status_then_field_errors() {
        locked();
        Input<UpdateSaleUseCase.Changes> invalid = Input.invalid(ValidationException.field("notes", "bad"));

        assertThatThrownBy(() -> service.update(SaleChangeChecks.cashierElsewhere(f),
                command(Optional.of(ExpectedVersion.version(99)), invalid)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.update(f.owner, command(Optional.of(ExpectedVersion.version(99)), invalid)))
                .isInstanceOfSatisfying(PreconditionFailedException.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(sale.version()));
        assertThatThrownBy(() -> service.update(f.owner, command(Optional.empty(), invalid)))
                .isInstanceOf(ValidationException.class);

        Sale closed = SaleChangeChecks.cancelled(f);
        when(sales.lockForUpdate(f.business, closed.id())).thenReturn(Optional.of(f.view(closed, Map.of())));
        assertThatThrownBy(() -> service.update(f.owner, new UpdateSaleUseCase.Command(closed.id(), Optional.empty(),
                invalid))).isInstanceOfSatisfying(InvalidSaleStatusException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Can only change draft sales"));
        nothingWritten();
    }

    @Test
    void a_change_writes_the_sale_then_the_diff_then_slides_the_holds() {
        locked();
        long before = sale.version();

        SaleView view = service.update(f.owner, command(Optional.of(ExpectedVersion.version(before)),
                Input.of(changes(Optional.of(Money.of("5.00")), Optional.of("regular"), Optional.empty()))));

        assertThat(tx.transactions()).isEqualTo(1);
        assertThat(view.sale().state().discountAmount()).isEqualTo(Money.of("5.00"));
        assertThat(view.sale().version()).isEqualTo(before + 1);
        Instant until = f.now.plus(f.policy.ttl());
        assertThat(view.reservationOf(line.id()).orElseThrow().expiresAt()).isEqualTo(until);
        InOrder order = inOrder(sales, audit, reservations);
        order.verify(sales).update(eq(sale), argThat(e -> e.size() == 1 && e.get(0) instanceof io.salescore.domain.sale.SaleEvent.Updated));
        order.verify(audit).append(eq(f.owner), eq(f.now), anyList());
        order.verify(reservations).extendLive(f.business, sale.id(), f.now, until);
        List<AuditEvent> events = SaleChangeChecks.appended(audit, f);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("sale.updated");
            assertThat(e.sale()).isEqualTo(sale.id());
            @SuppressWarnings("unchecked")
            Map<String, Object> diff = (Map<String, Object>) e.data().get("changes");
            assertThat(diff).containsOnlyKeys("discount_amount", "notes");
            assertThat(diff.get("discount_amount")).isEqualTo(Map.of("old", Money.ZERO.toString(), "new", "5.00"));
            assertThat(diff.get("notes")).isEqualTo(Map.of("old", "", "new", "regular"));
        });
        verifyNoInteractions(catalog);
    }

    @Test
    void a_patch_that_changes_nothing_writes_nothing() {
        locked();
        long before = sale.version();

        SaleView view = service.update(f.owner, command(Optional.empty(),
                Input.of(changes(Optional.empty(), Optional.of(""), Optional.of(PaymentType.CASH)))));

        assertThat(view.sale().version()).isEqualTo(before);
        assertThat(view.reservationOf(line.id()).orElseThrow().expiresAt()).isEqualTo(f.live());
        nothingWritten();
    }

    @Test
    void a_discount_above_the_subtotal_is_refused_without_a_write() {
        locked();

        assertThatThrownBy(() -> service.update(f.owner, command(Optional.empty(),
                Input.of(changes(Optional.of(Money.of("25.00")), Optional.empty(), Optional.empty())))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getMessage()).isNotBlank());
        nothingWritten();
    }
}
