package io.salescore.domain.session;

import io.salescore.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a drawer should hold, from what was attributed to its session. Change given is money handed back, not
 * money received: expected cash = opening float + CASH tendered − change given − CASH paid out by refunds
 * + pay-ins − pay-outs, rounded HALF_UP to the business's cash rounding step. The figure is signed (pay-outs and
 * refunds may exceed what came in).
 */
public record CashFigures(Money openingFloat, Money cashTendered, Money changeGiven, Money refundsPaidOut,
                          Money payIns, Money payOuts) {

    public CashFigures {
        if (openingFloat == null || cashTendered == null || changeGiven == null || refundsPaidOut == null
                || payIns == null || payOuts == null) {
            throw new IllegalArgumentException("every figure is required");
        }
    }

    /** The figures of a session no refund paid cash out of. */
    public CashFigures(Money openingFloat, Money cashTendered, Money changeGiven, Money payIns, Money payOuts) {
        this(openingFloat, cashTendered, changeGiven, Money.ZERO, payIns, payOuts);
    }

    /** The signed expected cash, rounded to {@code cashRounding} (0.01, 0.05 or 0.10). */
    public BigDecimal expectedCash(Money cashRounding) {
        BigDecimal raw = openingFloat.amount().add(cashTendered.amount()).subtract(changeGiven.amount())
                .subtract(refundsPaidOut.amount()).add(payIns.amount()).subtract(payOuts.amount());
        return round(raw, cashRounding);
    }

    /** Rounds HALF_UP (away from zero at the half) to a multiple of the step, two decimals. */
    public static BigDecimal round(BigDecimal value, Money step) {
        BigDecimal s = step == null || step.isZero() ? new BigDecimal("0.01") : step.amount();
        return value.divide(s, 0, RoundingMode.HALF_UP).multiply(s).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Expected for a non-cash method: what it took minus what refunds paid out by it (signed). */
    public static BigDecimal expectedOther(Money taken, Money refunded) {
        return taken.amount().subtract(refunded.amount()).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** counted − expected: positive is over, negative short. */
    public static BigDecimal difference(Money counted, BigDecimal expected) {
        return counted.amount().subtract(expected).setScale(2, RoundingMode.UNNECESSARY);
    }
}
