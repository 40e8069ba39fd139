package io.salescore.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A percentage from 0 to 100 with at most two decimal places (discounts, tax rates). */
public record Percentage(BigDecimal value) {

    // HUNDRED first: ZERO is built by the constructor, which reads HUNDRED during class initialisation.
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);

    public Percentage {
        if (value == null) {
            throw ValidationException.rule("A percentage is required.");
        }
        if (Decimals.scaleOf(value) > 2) {
            throw ValidationException.rule("Percentages have at most 2 decimal places.");
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw ValidationException.rule("Percentages run from 0 to 100.");
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Percentage of(String value) {
        return new Percentage(new BigDecimal(value));
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
