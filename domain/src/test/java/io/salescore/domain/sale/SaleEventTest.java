package io.salescore.domain.sale;

import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.salescore.domain.sale.SaleTest.T1;
import static io.salescore.domain.sale.SaleTest.T2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The aggregate records one typed event per change that changed something, none for a no-op or a refusal, and
 * hands each out once ({@link Sale#takeEvents()}).
 */
class SaleEventTest {

    @Test
    void opening_records_opened_and_taking_the_events_empties_them() {
        Sale sale = SaleTest.draft();

        assertThat(sale.takeEvents()).containsExactly(new SaleEvent.Opened());
        assertThat(sale.takeEvents()).isEmpty();
    }

    @Test
    void a_sale_read_back_from_storage_has_no_events() {
        Sale stored = SaleTest.draftOf69();
        Sale restored = Sale.restore(stored.state(), stored.lines(), stored.payments());

        assertThat(restored.takeEvents()).isEmpty();
    }

    @Test
    void line_changes_record_the_line_before_and_after() {
        Sale sale = SaleTest.draft();
        sale.takeEvents();
        SaleLine added = SaleTest.add(sale, "20.00", "3", "0", "15");
        Sale.LineChange change = sale.changeLine(added.id(), Optional.of(Quantity.of(5)), Optional.empty(),
                Optional.empty(), Optional.empty(), T2);
        sale.changeLine(added.id(), Optional.of(Quantity.of(5)), Optional.empty(), Optional.empty(), Optional.empty(),
                T2);
        SaleLine removed = sale.removeLine(added.id(), T2);

        assertThat(sale.takeEvents()).containsExactly(new SaleEvent.LineAdded(added),
                new SaleEvent.LineChanged(added, change.after()), new SaleEvent.LineRemoved(removed));
    }

    @Test
    void a_refused_change_records_nothing() {
        Sale sale = SaleTest.draftOf69();
        sale.takeEvents();

        assertThatThrownBy(() -> sale.update(Optional.of(Money.of("70.00")), Optional.empty(), Optional.empty(),
                Optional.empty(), T2)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sale.addLine(SaleItemId.of(UUID.randomUUID()), sale.lines().get(0).productId(), null,
                "Flour", "F", "pcs", Quantity.of("1.5"), Money.of("1.00"), false, Percentage.ZERO, Percentage.ZERO,
                T2)).isInstanceOf(ValidationException.class);

        assertThat(sale.takeEvents()).isEmpty();
    }

    @Test
    void header_customer_and_type_changes_record_what_they_were_and_became() {
        Sale sale = SaleTest.draft();
        SaleLine line = SaleTest.addFromBatch(sale, "10.00", "2");
        sale.takeEvents();
        Sale.State before = sale.state();
        CustomerId other = CustomerId.of(UUID.randomUUID());

        sale.update(Optional.of(Money.of("1.00")), Optional.empty(), Optional.of("note"), Optional.empty(), T2);
        Sale.State afterUpdate = sale.state();
        sale.update(Optional.of(Money.of("1.00")), Optional.empty(), Optional.empty(), Optional.empty(), T2);
        sale.changeCustomer(other, T2);
        sale.changeCustomer(other, T2);
        List<Sale.Repricing> repriced = sale.changeType(SaleType.WHOLESALE, Map.of(line.id(), Money.of("8.00")), T2);
        sale.changeType(SaleType.WHOLESALE, Map.of(), T2);

        assertThat(sale.takeEvents()).containsExactly(new SaleEvent.Updated(before, afterUpdate),
                new SaleEvent.CustomerChanged(SaleTest.WALK_IN, other),
                new SaleEvent.TypeChanged(SaleType.RETAIL, SaleType.WHOLESALE, repriced));
    }

    @Test
    void checkout_payment_and_abandon_record_the_statuses() {
        Sale partPaid = SaleTest.draftOf69();
        SaleTest.checkout(partPaid, null, SaleTest.cash("20.00"));
        Payment payment = SaleTest.payment(PaymentMethod.CASH, "49.00");
        partPaid.recordPayment(payment, T2);
        Sale draft = SaleTest.draft();
        draft.takeEvents();
        draft.abandon(T1);
        draft.abandon(T1);

        assertThat(partPaid.takeEvents()).containsSubsequence(new SaleEvent.Completed(SaleStatus.PARTIAL),
                new SaleEvent.PaymentRecorded(payment, SaleStatus.PARTIAL, SaleStatus.COMPLETED));
        assertThat(draft.takeEvents()).containsExactly(new SaleEvent.Cancelled(SaleStatus.DRAFT));
    }
}
