package io.salescore.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A positive quantity of a product: more than 0, at most 999 999.99, at most two decimal places. */
public record Quantity(BigDecimal value) implements Comparable<Quantity> {

    public static final BigDecimal MAX = new BigDecimal("999999.99");

    public Quantity {
        if (value == null) {
            throw ValidationException.rule("A quantity is required.");
        }
        if (Decimals.scaleOf(value) > 2) {
            throw ValidationException.rule("Quantities have at most 2 decimal places.");
        }
        if (value.signum() <= 0) {
            throw ValidationException.rule("Quantities must be greater than zero.");
        }
        if (value.compareTo(MAX) > 0) {
            throw ValidationException.rule("Quantities cannot exceed 999999.99.");
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Quantity of(String value) {
        return new Quantity(new BigDecimal(value));
    }

    public static Quantity of(long value) {
        return new Quantity(BigDecimal.valueOf(value));
    }

    public boolean isGreaterThan(Quantity other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Quantity other) {
        return value.compareTo(other.value);
    }

    /** Two decimals, never exponent form: {@code "5.00"}. */
    public String toPlainString() {
        return value.toPlainString();
    }

    @Override
    public String toString() {
        return toPlainString();
    }
}
