package io.salescore.application.session.port.out;

import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.session.CashFigures;
import io.salescore.domain.shared.Money;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What is attributed to one session, summed in SQL: its checkouts (count, totals at completion, discounts, change
 * given), its payments by method, its pay-ins and pay-outs, and the drafts its user abandoned there while OPEN.
 */
public record SessionFigures(long salesCount, BigDecimal salesTotal, BigDecimal discountsGiven, long abandonedDrafts,
                             Map<PaymentMethod, BigDecimal> taken, BigDecimal changeGiven, BigDecimal payIns,
                             BigDecimal payOuts) {

    public SessionFigures {
        taken = Map.copyOf(taken);
    }

    public BigDecimal taken(PaymentMethod method) {
        return taken.getOrDefault(method, BigDecimal.ZERO.setScale(2));
    }

    public CashFigures cash(Money openingFloat) {
        return new CashFigures(openingFloat, new Money(taken(PaymentMethod.CASH)), new Money(changeGiven),
                new Money(payIns), new Money(payOuts));
    }
}
