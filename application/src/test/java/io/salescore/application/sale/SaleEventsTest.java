package io.salescore.application.sale;

import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.testing.InlineUnitOfWork;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.sale.ReceiptNumber;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleEvent;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.Tender;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.PaymentId;
import io.salescore.domain.shared.Quantity;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The sale's typed events become their audit entries here only, in order, each once. */
class SaleEventsTest {

    private final SaleFixtures f = new SaleFixtures();

    @Test
    void each_recorded_event_becomes_its_entry_in_the_order_it_happened_and_only_once() {
        Sale sale = f.draft();
        SaleLine line = f.addLine(sale, "2", "10.00");
        sale.changeLine(line.id(), Optional.of(Quantity.of(3)), Optional.empty(), Optional.empty(), Optional.empty(),
                f.now);
        sale.update(Optional.of(Money.of("1.00")), Optional.empty(), Optional.empty(), Optional.empty(), f.now);
        CustomerId ama = CustomerId.of(UUID.randomUUID());
        sale.changeCustomer(ama, f.now);

        List<AuditEvent> entries = SaleEvents.take(sale, SaleEvents.Facts.NONE.withCustomerChange("Walk-in", "Ama"));

        assertThat(entries).extracting(AuditEvent::eventType).containsExactly("sale.created", "sale_item.added",
                "sale_item.updated", "sale.updated", "sale.customer_updated");
        assertThat(entries.get(2).data().get("before")).isEqualTo(Map.of("sale_item_id", line.id().toString(),
                "product_id", f.product.toString(), "stock_product_id", f.batch.toString(), "product_name", "Cola",
                "quantity", "2.00", "unit_price", "10.00", "discount_percentage", "0.00", "tax_rate", "0.00",
                "total_price", "20.00"));
        assertThat(entries.get(3).data().get("changes"))
                .isEqualTo(Map.of("discount_amount", Map.of("old", "0.00", "new", "1.00")));
        assertThat(entries.get(4).data()).containsEntry("old_customer_name", "Walk-in")
                .containsEntry("new_customer_name", "Ama").containsEntry("new_customer_id", ama.toString());
        assertThat(entries.get(4).customer()).isEqualTo(ama);
        assertThat(SaleEvents.take(sale, SaleEvents.Facts.NONE)).isEmpty();
    }

    @Test
    void checkout_and_a_payment_carry_the_drawer_and_the_statuses() {
        Sale sale = f.draft();
        f.addLine(sale, "1", "10.00");
        sale.takeEvents();
        var plan = sale.planCheckout(Optional.empty(), List.of(new Tender(Money.of("4.00"), PaymentMethod.CASH, null)),
                Optional.empty(), Optional.empty(), Optional.empty());
        sale.complete(plan, List.of(new io.salescore.domain.sale.Payment(PaymentId.of(UUID.randomUUID()),
                        Money.of("4.00"), PaymentMethod.CASH, null, f.now, f.owner.userId())),
                ReceiptNumber.of("MAIN", LocalDate.of(2026, 11, 22), 7), f.now);
        var drawer = new SaleRepository.Drawer(UUID.randomUUID(), io.salescore.domain.shared.UserId.of(UUID.randomUUID()));
        List<AuditEvent> completed = SaleEvents.take(sale, SaleEvents.Facts.NONE.withDrawer(Optional.of(drawer)));
        var payment = new io.salescore.domain.sale.Payment(PaymentId.of(UUID.randomUUID()), Money.of("6.00"),
                PaymentMethod.CARD, "ref", f.now, f.owner.userId());
        sale.recordPayment(payment, f.now);

        List<AuditEvent> paid = SaleEvents.take(sale, SaleEvents.Facts.NONE.withDrawer(Optional.of(drawer)));

        assertThat(completed).extracting(AuditEvent::eventType).containsExactly("sale.completed");
        assertThat(completed.get(0).data()).containsEntry("status", "PARTIAL").containsEntry("amount_due", "6.00")
                .containsEntry("session_id", drawer.session().toString());
        assertThat(paid).extracting(AuditEvent::eventType).containsExactly("payment.recorded");
        List<AuditEvent> entries = paid;
        assertThat(entries.get(0).data()).containsEntry("old_status", "PARTIAL").containsEntry("new_status", "COMPLETED")
                .containsEntry("amount_due", "0.00").containsEntry("session_user_id", drawer.owner().toString());
        assertThat(entries.get(0).payment()).isEqualTo(payment.id());
    }

    @Test
    void an_entry_that_needs_a_fact_the_use_case_did_not_give_is_a_programming_error() {
        Sale sale = f.draft();

        assertThatThrownBy(() -> SaleEvents.take(sale, SaleEvents.Facts.NONE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("customer's name");
    }

    @Test
    void a_change_that_leaves_a_recorded_event_unaudited_writes_no_audit_and_fails() {
        SaleRepository sales = mock(SaleRepository.class);
        AuditLogRepository audit = mock(AuditLogRepository.class);
        Sale sale = f.draft();
        when(sales.lockForUpdate(f.business, sale.id())).thenReturn(Optional.of(f.view(sale, Map.of())));
        SaleChanges changes = new SaleChanges(new InlineUnitOfWork(), sales, audit, f.clock);

        assertThatThrownBy(() -> changes.onSale(f.owner, sale.id(), Optional.empty(), SaleChanges.noBody(), s -> { },
                c -> {
                    c.sale().abandon(c.now());
                    c.saveWithoutSliding(List.of());
                    return null;
                })).isInstanceOf(IllegalStateException.class).hasMessageContaining("Cancelled");
        verify(audit, never()).append(any(), any(), anyList());
    }

    @Test
    void each_write_of_a_change_hands_the_repository_only_the_events_taken_since_the_last_one() {
        SaleRepository sales = mock(SaleRepository.class);
        AuditLogRepository audit = mock(AuditLogRepository.class);
        Sale sale = f.draft();
        sale.takeEvents();
        when(sales.lockForUpdate(f.business, sale.id())).thenReturn(Optional.of(f.view(sale, Map.of())));
        SaleChanges changes = new SaleChanges(new InlineUnitOfWork(), sales, audit, f.clock);

        changes.onSale(f.owner, sale.id(), Optional.empty(), SaleChanges.noBody(), s -> { }, c -> {
            f.addLine(c.sale(), "1", "2.00");
            c.saveWithoutSliding(c.recorded());
            c.sale().update(Optional.of(Money.of("0.50")), Optional.empty(), Optional.empty(), Optional.empty(),
                    c.now());
            c.saveWithoutSliding(c.recorded());
            return null;
        });

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<SaleEvent>> written = ArgumentCaptor.forClass(List.class);
        verify(sales, times(2)).update(eq(sale), written.capture());
        assertThat(written.getAllValues().get(0)).hasSize(1)
                .allMatch(e -> e instanceof SaleEvent.LineAdded);
        assertThat(written.getAllValues().get(1)).hasSize(1)
                .allMatch(e -> e instanceof SaleEvent.Updated);
    }
}
