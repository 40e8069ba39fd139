package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Quantity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.salescore.domain.sale.SaleTest.T2;
import static org.assertj.core.api.Assertions.assertThat;

/** The net line writes of a change: what was added, changed and removed, as the sale now has it. */
class LineChangesTest {

    private static Sale stored() {
        Sale sale = SaleTest.draft();
        SaleTest.addFromBatch(sale, "10.00", "1");
        SaleTest.add(sale, "5.00", "1", "0", "0");
        return Sale.restore(sale.state(), sale.lines(), sale.payments());
    }

    private static void quantity(Sale sale, SaleLine line, int quantity) {
        sale.changeLine(line.id(), Optional.of(Quantity.of(quantity)), Optional.empty(), Optional.empty(),
                Optional.empty(), T2);
    }

    @Test
    void an_added_line_then_changed_is_added_with_its_new_terms() {
        Sale sale = stored();
        SaleLine added = SaleTest.add(sale, "2.00", "1", "0", "0");
        quantity(sale, added, 4);

        LineChanges changes = LineChanges.of(sale, sale.takeEvents());

        assertThat(changes.added()).containsExactly(sale.line(added.id()));
        assertThat(changes.added().get(0).quantity()).isEqualTo(Quantity.of(4));
        assertThat(changes.changed()).isEmpty();
        assertThat(changes.removed()).isEmpty();
    }

    @Test
    void a_line_added_and_removed_in_one_change_is_never_written_and_a_changed_one_removed_is_only_removed() {
        Sale sale = stored();
        SaleLine kept = sale.lines().get(1);
        SaleLine gone = sale.lines().get(0);
        SaleLine added = SaleTest.add(sale, "2.00", "1", "0", "0");
        sale.removeLine(added.id(), T2);
        quantity(sale, gone, 3);
        sale.removeLine(gone.id(), T2);
        quantity(sale, kept, 2);

        LineChanges changes = LineChanges.of(sale, sale.takeEvents());

        assertThat(changes.added()).isEmpty();
        assertThat(changes.removed()).containsExactly(gone.id());
        assertThat(changes.changed()).containsExactly(sale.line(kept.id()));
    }

    @Test
    void a_type_change_rewrites_the_lines_it_repriced_and_header_only_changes_write_no_line() {
        Sale sale = stored();
        SaleLine fromBatch = sale.lines().get(0);
        sale.changeType(SaleType.WHOLESALE, Map.of(fromBatch.id(), Money.of("8.00")), T2);
        LineChanges repriced = LineChanges.of(sale, sale.takeEvents());
        sale.update(Optional.empty(), Optional.empty(), Optional.of("note"), Optional.empty(), T2);

        LineChanges header = LineChanges.of(sale, sale.takeEvents());

        assertThat(repriced.changed()).extracting(SaleLine::unitPrice).containsExactly(Money.of("8.00"));
        assertThat(header.isEmpty()).isTrue();
        assertThat(LineChanges.of(sale, List.of()).isEmpty()).isTrue();
    }
}
