package io.salescore.domain.shared;

import java.math.BigDecimal;

/** Helpers for judging decimals by their value, not their written form ({@code 1.500} has one decimal place). */
public final class Decimals {

    private Decimals() {
    }

    /** Decimal places the value needs: {@code 1.500 -> 1}, {@code 100 -> 0}. */
    public static int scaleOf(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** Two places, plain notation. */
    public static String plain2(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
