package io.salescore.domain.sale;

import io.salescore.domain.sale.refund.RefundPlan;
import io.salescore.domain.shared.InvalidSaleStatusException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleItemId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.salescore.domain.sale.SaleTest.add;
import static io.salescore.domain.sale.SaleTest.cash;
import static io.salescore.domain.sale.SaleTest.checkout;
import static io.salescore.domain.sale.SaleTest.draft;
import static io.salescore.domain.sale.SaleTest.m;
import static io.salescore.domain.sale.SaleTest.saleIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** domain.md "Refunds and returns" and the sale state machine, on the aggregate. */
class SaleRefundTest {

    private static final Instant LATER = Instant.parse("2026-11-23T10:00:00Z");

    private static RefundPlan.Plan partOf(Sale sale, SaleItemId line, String quantity) {
        return RefundPlan.of(sale.refundableLines(),
                List.of(new RefundPlan.Request(line, Quantity.of(quantity), true, null)));
    }

    /** (paid − change − paid out) + due + refunded = total, always. */
    private static void assertIdentity(Sale sale) {
        SaleTotals t = sale.totals();
        Money paidNet = t.amountPaid().minusOrZero(t.changeGiven()).minusOrZero(sale.amountPaidOut());
        assertThat(paidNet.plus(t.amountDue()).plus(sale.amountRefunded())).isEqualTo(t.totalAmount());
    }

    @Test
    void a_partial_refund_keeps_the_status_and_the_money_taken() {
        Sale sale = saleIn(SaleStatus.COMPLETED);
        SaleItemId line = sale.lines().get(0).id();

        RefundPlan.Plan plan = partOf(sale, line, "1");
        sale.applyRefund(plan, Money.ZERO, plan.amount(), false, LATER);

        assertThat(plan.amount()).isEqualTo(m("23.00"));
        assertThat(sale.status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(sale.totals().amountPaid()).isEqualTo(m("69.00"));
        assertThat(sale.amountPaidOut()).isEqualTo(m("23.00"));
        assertThat(sale.lines().get(0).refundedQuantity()).isEqualByComparingTo("1");
        assertIdentity(sale);
    }

    @Test
    void refunding_what_is_left_makes_it_refunded_and_final() {
        Sale sale = saleIn(SaleStatus.COMPLETED);
        SaleItemId line = sale.lines().get(0).id();
        RefundPlan.Plan first = partOf(sale, line, "2");
        sale.applyRefund(first, Money.ZERO, first.amount(), false, LATER);

        RefundPlan.Plan rest = RefundPlan.full(sale.refundableLines());
        sale.applyRefund(rest, Money.ZERO, rest.amount(), false, LATER);

        assertThat(first.amount().plus(rest.amount())).isEqualTo(m("69.00"));
        assertThat(sale.status()).isEqualTo(SaleStatus.REFUNDED);
        assertIdentity(sale);
        assertThatThrownBy(() -> sale.requireRefundable()).isInstanceOf(InvalidSaleStatusException.class);
        sale.requireReceipt();
    }

    @Test
    void a_refund_of_a_part_paid_sale_credits_what_is_due_first_and_can_complete_it() {
        Sale sale = saleIn(SaleStatus.PARTIAL); // 69.00, 30.00 paid, 39.00 due
        SaleItemId line = sale.lines().get(0).id();

        RefundPlan.Plan plan = partOf(sale, line, "1"); // 23.00, all of it off what is due
        sale.applyRefund(plan, plan.amount(), Money.ZERO, false, LATER);
        assertThat(sale.status()).isEqualTo(SaleStatus.PARTIAL);
        assertThat(sale.amountDue()).isEqualTo(m("16.00"));
        assertThat(sale.amountCredited()).isEqualTo(m("23.00"));
        assertIdentity(sale);

        RefundPlan.Plan second = partOf(sale, line, "1"); // 23.00: 16.00 credited, 7.00 paid out
        sale.applyRefund(second, m("16.00"), m("7.00"), false, LATER);
        assertThat(sale.status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(sale.amountDue()).isEqualTo(Money.ZERO);
        assertIdentity(sale);
    }

    @Test
    void cancel_is_a_full_refund_that_leaves_it_cancelled_with_its_receipt() {
        Sale sale = saleIn(SaleStatus.COMPLETED);

        RefundPlan.Plan all = RefundPlan.full(sale.refundableLines());
        sale.applyRefund(all, Money.ZERO, all.amount(), true, LATER);

        assertThat(sale.status()).isEqualTo(SaleStatus.CANCELLED);
        assertThat(sale.amountRefunded()).isEqualTo(m("69.00"));
        assertIdentity(sale);
        sale.requireReceipt();
    }

    @Test
    void drafts_and_cancelled_drafts_are_not_refundable_nor_have_receipts() {
        for (SaleStatus status : List.of(SaleStatus.DRAFT, SaleStatus.CANCELLED)) {
            Sale sale = saleIn(status);
            assertThatThrownBy(sale::requireRefundable).isInstanceOf(InvalidSaleStatusException.class)
                    .hasMessageContaining("refunded");
            assertThatThrownBy(sale::requireReceipt).isInstanceOf(InvalidSaleStatusException.class);
        }
    }

    @Test
    void net_shares_follow_the_sale_discount_and_tax_and_sum_to_the_total() {
        Sale sale = draft();
        add(sale, "10.00", "1", "0", "0");
        add(sale, "10.00", "1", "0", "0");
        add(sale, "10.00", "1", "0", "0");
        sale.update(java.util.Optional.of(m("1.00")), java.util.Optional.of(m("0.10")), java.util.Optional.empty(), java.util.Optional.empty(),
                LATER);
        checkout(sale, PaymentType.CASH, cash("29.10"));

        List<Money> nets = sale.refundableLines().values().stream().map(l -> l.net().net()).toList();

        assertThat(nets).containsExactly(m("9.70"), m("9.70"), m("9.70"));
        assertThat(nets.stream().reduce(Money.ZERO, Money::plus)).isEqualTo(m("29.10"));
    }

    @Test
    void taken_by_method_is_net_of_change() {
        Sale sale = SaleTest.draftOf69();
        checkout(sale, PaymentType.MIXED, SaleTest.tender(PaymentMethod.CARD, "40.00"), cash("50.00"));

        assertThat(sale.takenByMethod()).containsEntry(PaymentMethod.CARD, m("40.00"))
                .containsEntry(PaymentMethod.CASH, m("29.00"));
    }
}
