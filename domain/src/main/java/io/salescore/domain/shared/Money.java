package io.salescore.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in the business currency: a decimal with exactly two places, 0 to 9 999 999 999.99.
 * Arithmetic rounds HALF_UP to two places at every step; nothing here is floating point.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final BigDecimal MAX = new BigDecimal("9999999999.99");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (amount == null) {
            throw ValidationException.rule("An amount is required.");
        }
        if (Decimals.scaleOf(amount) > 2) {
            throw ValidationException.rule("Amounts have at most 2 decimal places.");
        }
        if (amount.signum() < 0) {
            throw ValidationException.rule("Amounts cannot be negative.");
        }
        if (amount.compareTo(MAX) > 0) {
            throw ValidationException.rule("Amounts cannot exceed 9999999999.99.");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String value) {
        return new Money(new BigDecimal(value));
    }

    /** Rounds a computed value HALF_UP to two places and checks the range. */
    public static Money rounded(BigDecimal value) {
        return new Money(value.setScale(2, RoundingMode.HALF_UP));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /** Subtraction that never goes below zero ({@code max(0, a - b)}). */
    public Money minusOrZero(Money other) {
        BigDecimal result = amount.subtract(other.amount);
        return result.signum() < 0 ? ZERO : new Money(result);
    }

    /** Exact subtraction; the result must not be negative. */
    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(Quantity quantity) {
        return rounded(amount.multiply(quantity.value()));
    }

    public Money percent(Percentage percentage) {
        return rounded(amount.multiply(percentage.value()).divide(BigDecimal.valueOf(100)));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** Two decimals, never exponent form: {@code "65.00"}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
