package io.salescore.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0.00",
            "65, 65.00",
            "65.5, 65.50",
            "1.500, 1.50",
            "1.5000000, 1.50",
            "0.01, 0.01",
            "1E+3, 1000.00",
            "1.2E+1, 12.00",
            "-0.00, 0.00",
            "9999999999.99, 9999999999.99",
            "9999999999.990, 9999999999.99"
    })
    void accepts_values_with_at_most_two_decimal_places_judged_on_the_value(String input, String printed) {
        Money money = new Money(new BigDecimal(input));

        assertThat(money.toString()).isEqualTo(printed);
        assertThat(money.amount().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "1.005", "65.555", "1E-3", "0.0001"})
    void refuses_more_than_two_decimal_places_and_never_rounds(String input) {
        assertThatThrownBy(() -> Money.of(input))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Amounts have at most 2 decimal places.")
                .extracting(e -> ((DomainException) e).code()).isEqualTo("VALIDATION_ERROR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-1", "-65.00"})
    void refuses_negative_amounts(String input) {
        assertThatThrownBy(() -> Money.of(input))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Amounts cannot be negative.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000000000.00", "10000000000", "1E+10", "9999999999.991"})
    void refuses_amounts_above_the_maximum(String input) {
        assertThatThrownBy(() -> Money.of(input)).isInstanceOf(ValidationException.class);
    }

    @Test
    void the_maximum_is_9_999_999_999_99() {
        assertThat(Money.MAX).isEqualByComparingTo("9999999999.99");
        assertThat(new Money(Money.MAX).toString()).isEqualTo("9999999999.99");
    }

    @Test
    void refuses_a_missing_amount() {
        assertThatThrownBy(() -> new Money(null)).isInstanceOf(ValidationException.class)
                .hasMessage("An amount is required.");
    }

    @Test
    void equal_values_written_differently_are_equal() {
        assertThat(Money.of("65")).isEqualTo(Money.of("65.00")).isEqualTo(Money.of("65.000"));
        assertThat(Money.of("65").hashCode()).isEqualTo(Money.of("65.000").hashCode());
        assertThat(Money.ZERO).isEqualTo(Money.of("0.00"));
    }

    @Test
    void to_string_is_never_in_exponent_form() {
        assertThat(new Money(new BigDecimal("1E+3")).toString()).isEqualTo("1000.00");
        assertThat(new Money(new BigDecimal("5E+9")).toString()).isEqualTo("5000000000.00");
        assertThat(Money.ZERO.toString()).isEqualTo("0.00");
        assertThat(new Money(new BigDecimal("0E-10")).toString()).isEqualTo("0.00");
    }

    @ParameterizedTest
    @CsvSource({
            "0.004, 0.00",
            "0.005, 0.01",
            "0.015, 0.02",
            "0.025, 0.03",
            "2.345, 2.35",
            "2.3449999, 2.34",
            "1.725, 1.73"
    })
    void rounded_rounds_half_up_to_cents(String computed, String expected) {
        assertThat(Money.rounded(new BigDecimal(computed))).isEqualTo(Money.of(expected));
    }

    @Test
    void rounded_still_checks_the_range() {
        assertThatThrownBy(() -> Money.rounded(new BigDecimal("9999999999.995")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Money.rounded(new BigDecimal("-0.005")))
                .isInstanceOf(ValidationException.class);
        assertThat(Money.rounded(new BigDecimal("-0.004"))).isEqualTo(Money.ZERO);
    }

    @Test
    void plus_adds_exactly() {
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("69.00").plus(Money.ZERO)).isEqualTo(Money.of("69.00"));
    }

    @Test
    void plus_refuses_to_go_beyond_the_maximum() {
        assertThatThrownBy(() -> Money.of("9999999999.99").plus(Money.of("0.01")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void minus_is_exact_and_never_negative() {
        assertThat(Money.of("69.00").minus(Money.of("9.00"))).isEqualTo(Money.of("60.00"));
        assertThat(Money.of("9.00").minus(Money.of("9.00"))).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> Money.of("9.00").minus(Money.of("9.01")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void minus_or_zero_floors_at_zero() {
        assertThat(Money.of("69.00").minusOrZero(Money.of("30.00"))).isEqualTo(Money.of("39.00"));
        assertThat(Money.of("30.00").minusOrZero(Money.of("69.00"))).isEqualTo(Money.ZERO);
        assertThat(Money.of("30.00").minusOrZero(Money.of("30.00"))).isEqualTo(Money.ZERO);
    }

    @ParameterizedTest
    @CsvSource({
            "20.00, 3, 60.00",
            "0.35, 3, 1.05",
            "0.35, 1.5, 0.53",
            "1.15, 1.5, 1.73",
            "0.33, 0.5, 0.17",
            "9.99, 0.01, 0.10"
    })
    void times_quantity_rounds_half_up(String price, String quantity, String expected) {
        assertThat(Money.of(price).times(Quantity.of(quantity))).isEqualTo(Money.of(expected));
    }

    @ParameterizedTest
    @CsvSource({
            "60.00, 15, 9.00",
            "1.05, 33.33, 0.35",
            "0.70, 7.5, 0.05",
            "0.10, 5, 0.01",
            "2.45, 10, 0.25",
            "100.00, 100, 100.00",
            "100.00, 0, 0.00",
            "0.01, 50, 0.01",
            "0.01, 49.99, 0.00"
    })
    void percent_rounds_half_up(String amount, String percentage, String expected) {
        assertThat(Money.of(amount).percent(Percentage.of(percentage))).isEqualTo(Money.of(expected));
    }

    @Test
    void comparisons() {
        Money small = Money.of("1.00");
        Money big = Money.of("2.00");

        assertThat(big.isGreaterThan(small)).isTrue();
        assertThat(small.isGreaterThan(big)).isFalse();
        assertThat(small.isGreaterThan(Money.of("1"))).isFalse();
        assertThat(Money.max(small, big)).isEqualTo(big);
        assertThat(Money.min(small, big)).isEqualTo(small);
        assertThat(small.compareTo(big)).isNegative();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.of("0.01").isZero()).isFalse();
    }
}
