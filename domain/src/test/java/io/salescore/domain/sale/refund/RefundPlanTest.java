package io.salescore.domain.sale.refund;

import io.salescore.domain.sale.refund.RefundAllocation.LineNet;
import io.salescore.domain.sale.refund.RefundPlan.RefundableLine;
import io.salescore.domain.sale.refund.RefundPlan.Request;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundPlanTest {

    private final SaleItemId a = SaleItemId.of(UUID.randomUUID());
    private final SaleItemId b = SaleItemId.of(UUID.randomUUID());

    private Map<SaleItemId, RefundableLine> lines(String refundedA) {
        Map<SaleItemId, RefundableLine> lines = new LinkedHashMap<>();
        lines.put(a, new RefundableLine(a, new BigDecimal("3"), new BigDecimal(refundedA),
                new LineNet(Money.of("10.00"), Money.of("1.00"), Money.ZERO)));
        lines.put(b, new RefundableLine(b, new BigDecimal("1"), BigDecimal.ZERO,
                new LineNet(Money.of("5.00"), Money.ZERO, Money.ZERO)));
        return lines;
    }

    @Test
    void pricesTheLinesAndSumsThem() {
        RefundPlan.Plan plan = RefundPlan.of(lines("0"), List.of(
                new Request(a, Quantity.of(1), true, null), new Request(b, Quantity.of(1), false, "damaged")));
        assertThat(plan.amount()).isEqualTo(Money.of("8.33"));
        assertThat(plan.tax()).isEqualTo(Money.of("0.33"));
        assertThat(plan.lines()).hasSize(2);
    }

    @Test
    void refusesMoreThanIsLeftNamingTheLine() {
        assertThatThrownBy(() -> RefundPlan.of(lines("2"), List.of(new Request(a, Quantity.of(2), true, null))))
                .isInstanceOf(ValidationException.class).hasMessageContaining(a.value().toString());
    }

    @Test
    void refusesDuplicatesUnknownLinesAndUnreasonedNoRestock() {
        assertThatThrownBy(() -> RefundPlan.of(lines("0"), List.of(
                new Request(a, Quantity.of(1), true, null), new Request(a, Quantity.of(1), true, null))))
                .isInstanceOf(ValidationException.class);
        SaleItemId other = SaleItemId.of(UUID.randomUUID());
        assertThatThrownBy(() -> RefundPlan.of(lines("0"), List.of(new Request(other, Quantity.of(1), true, null))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RefundPlan.of(lines("0"), List.of(new Request(b, Quantity.of(1), false, " "))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void fullRefundsWhatIsLeftAndTheTotalsMatchTheNets() {
        RefundPlan.Plan first = RefundPlan.of(lines("0"), List.of(new Request(a, Quantity.of(1), true, null)));
        RefundPlan.Plan rest = RefundPlan.full(lines("1"));
        assertThat(first.amount().plus(rest.amount())).isEqualTo(Money.of("15.00"));
        assertThatThrownBy(() -> RefundPlan.full(Map.of(b, new RefundableLine(b, BigDecimal.ONE, BigDecimal.ONE,
                new LineNet(Money.of("5.00"), Money.ZERO, Money.ZERO)))))
                .isInstanceOf(ValidationException.class);
    }
}
