package io.salescore.domain.sale.refund;

import io.salescore.domain.sale.refund.RefundAllocation.LineNet;
import io.salescore.domain.sale.refund.RefundAllocation.SaleLineMoney;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundAllocationTest {

    private static Money m(String s) {
        return Money.of(s);
    }

    @Test
    void largestRemainderSumsExactlyAndTiesGoToTheEarlierLine() {
        List<Money> parts = LargestRemainder.allocate(m("0.01"), List.of(m("1.00"), m("1.00"), m("1.00")));
        assertThat(parts).containsExactly(m("0.01"), m("0.00"), m("0.00"));
        List<Money> two = LargestRemainder.allocate(m("0.02"), List.of(m("1.00"), m("1.00"), m("1.00")));
        assertThat(two).containsExactly(m("0.01"), m("0.01"), m("0.00"));
        List<Money> ten = LargestRemainder.allocate(m("10.00"), List.of(m("1.00"), m("1.00"), m("1.00")));
        assertThat(ten).containsExactly(m("3.34"), m("3.33"), m("3.33"));
    }

    @Test
    void largestRemainderFavoursTheLargestRemainderNotTheFirstLine() {
        // 1.00 over 1 : 2 -> 0.333.. and 0.666..; the leftover cent goes to the second line
        assertThat(LargestRemainder.allocate(m("1.00"), List.of(m("1.00"), m("2.00"))))
                .containsExactly(m("0.33"), m("0.67"));
    }

    @Test
    void zeroWeightsPutEverythingOnTheFirstLine() {
        assertThat(LargestRemainder.allocate(m("5.00"), List.of(m("0.00"), m("0.00"))))
                .containsExactly(m("5.00"), m("0.00"));
    }

    @Test
    void lineNetsSumToTheSaleTotal() {
        List<SaleLineMoney> lines = List.of(
                new SaleLineMoney(m("10.00"), m("1.00"), m("0.00")),
                new SaleLineMoney(m("20.00"), m("2.00"), m("1.00")),
                new SaleLineMoney(m("3.33"), m("0.00"), m("0.00")));
        List<LineNet> nets = RefundAllocation.lineNets(lines, m("1.00"), m("0.50"));
        BigDecimal sum = nets.stream().map(n -> n.net().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("32.83"); // 33.33 - 1.00 + 0.50
        BigDecimal discount = nets.stream().map(n -> n.discount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(discount).isEqualByComparingTo("2.00"); // line 1.00 + sale 1.00
        BigDecimal tax = nets.stream().map(n -> n.tax().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(tax).isEqualByComparingTo("3.50");
    }

    @Test
    void thirdsOfALineSumToItsNetAndNeverGoNegative() {
        Money net = m("10.00");
        BigDecimal q = new BigDecimal("3");
        Money a = RefundAllocation.share(net, q, BigDecimal.ZERO, Quantity.of(1));
        Money b = RefundAllocation.share(net, q, BigDecimal.ONE, Quantity.of(1));
        Money c = RefundAllocation.share(net, q, new BigDecimal("2"), Quantity.of(1));
        assertThat(List.of(a, b, c)).containsExactly(m("3.33"), m("3.34"), m("3.33"));
        assertThat(a.plus(b).plus(c)).isEqualTo(net);
    }

    @Test
    void halfCentsRoundUp() {
        // 0.01 over 2 units: first unit round(0.005) = 0.01, second 0.00
        assertThat(RefundAllocation.share(m("0.01"), new BigDecimal("2"), BigDecimal.ZERO, Quantity.of(1)))
                .isEqualTo(m("0.01"));
        assertThat(RefundAllocation.share(m("0.01"), new BigDecimal("2"), BigDecimal.ONE, Quantity.of(1)))
                .isEqualTo(m("0.00"));
    }

    @Test
    void anySplitOfALineSumsToItsNetExactly() {
        Random random = new Random(14);
        for (int round = 0; round < 2000; round++) {
            Money net = new Money(BigDecimal.valueOf(random.nextInt(1_000_000), 2));
            int units = 1 + random.nextInt(40);
            BigDecimal total = BigDecimal.valueOf(units);
            int done = 0;
            BigDecimal sum = BigDecimal.ZERO;
            while (done < units) {
                int q = 1 + random.nextInt(units - done);
                Money part = RefundAllocation.share(net, total, BigDecimal.valueOf(done), Quantity.of(q));
                assertThat(part.amount().signum()).isGreaterThanOrEqualTo(0);
                sum = sum.add(part.amount());
                done += q;
            }
            assertThat(sum).isEqualByComparingTo(net.amount());
        }
    }

    @Test
    void fractionalQuantitiesSumExactlyToo() {
        Money net = m("7.77");
        BigDecimal total = new BigDecimal("2.50");
        Money a = RefundAllocation.share(net, total, BigDecimal.ZERO, Quantity.of("0.75"));
        Money b = RefundAllocation.share(net, total, new BigDecimal("0.75"), Quantity.of("1.75"));
        assertThat(a.plus(b)).isEqualTo(net);
    }

    @Test
    void refundLineSplitsTaxAndDiscountTheSameWay() {
        LineNet line = new LineNet(m("10.00"), m("1.00"), m("0.50"));
        BigDecimal total = new BigDecimal("3");
        var first = RefundAllocation.refundLine(line, total, BigDecimal.ZERO, Quantity.of(2));
        var rest = RefundAllocation.refundLine(line, total, new BigDecimal("2"), Quantity.of(1));
        assertThat(first.amount().plus(rest.amount())).isEqualTo(m("10.00"));
        assertThat(first.tax().plus(rest.tax())).isEqualTo(m("1.00"));
        assertThat(first.discount().plus(rest.discount())).isEqualTo(m("0.50"));
    }

    @Test
    void refundingMoreThanIsLeftIsRefused() {
        assertThatThrownBy(() -> RefundAllocation.share(m("5.00"), new BigDecimal("2"), BigDecimal.ONE, Quantity.of(2)))
                .isInstanceOf(ValidationException.class);
    }
}
