package io.salescore.application.session.port.out;

import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.session.CashFigures;
import io.salescore.domain.shared.Money;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What is attributed to one session, summed in SQL: its checkouts (count, totals at completion, discounts, change
 * given), its payments by method, its pay-ins and pay-outs, the drafts its user abandoned there while OPEN, and its
 * refunds: what they handed back by each payout method ({@code paid_out − account_amount}; the account part went
 * to the customer's balance, not out of a drawer), their count, Σ paid_out ({@code refundsTotal}) and Σ credit
 * parts taken off amounts due ({@code refundsCredited}, listed apart).
 */
public record SessionFigures(long salesCount, BigDecimal salesTotal, BigDecimal discountsGiven, long abandonedDrafts,
                             Map<PaymentMethod, BigDecimal> taken, BigDecimal changeGiven, BigDecimal payIns,
                             BigDecimal payOuts, Map<PaymentMethod, BigDecimal> refunded, long refundsCount,
                             BigDecimal refundsTotal, BigDecimal refundsCredited) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    public SessionFigures {
        taken = Map.copyOf(taken);
        refunded = Map.copyOf(refunded);
    }

    public BigDecimal taken(PaymentMethod method) {
        return taken.getOrDefault(method, ZERO);
    }

    /** What refunds attributed to the session handed back by {@code method}. */
    public BigDecimal refunded(PaymentMethod method) {
        return refunded.getOrDefault(method, ZERO);
    }

    /** Expected for a non-cash method: taken − refunded by it. */
    public BigDecimal expectedOther(PaymentMethod method) {
        return CashFigures.expectedOther(new Money(taken(method)), new Money(refunded(method)));
    }

    public CashFigures cash(Money openingFloat) {
        return new CashFigures(openingFloat, new Money(taken(PaymentMethod.CASH)), new Money(changeGiven),
                new Money(refunded(PaymentMethod.CASH)), new Money(payIns), new Money(payOuts));
    }
}
