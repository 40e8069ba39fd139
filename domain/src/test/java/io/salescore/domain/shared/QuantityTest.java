package io.salescore.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuantityTest {

    @ParameterizedTest
    @CsvSource({
            "1, 1.00",
            "0.01, 0.01",
            "2.5, 2.50",
            "1.500, 1.50",
            "3.000000, 3.00",
            "1E+3, 1000.00",
            "999999.99, 999999.99",
            "999999.990, 999999.99"
    })
    void accepts_positive_values_with_at_most_two_decimals_judged_on_the_value(String input, String printed) {
        Quantity quantity = new Quantity(new BigDecimal(input));

        assertThat(quantity.toPlainString()).isEqualTo(printed);
        assertThat(quantity.toString()).isEqualTo(printed);
        assertThat(quantity.value().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-0.00", "-1", "-0.01"})
    void refuses_zero_and_negative_quantities(String input) {
        assertThatThrownBy(() -> Quantity.of(input))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Quantities must be greater than zero.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "1.005", "2.125", "1E-3"})
    void refuses_more_than_two_decimals_and_never_rounds(String input) {
        assertThatThrownBy(() -> Quantity.of(input))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Quantities have at most 2 decimal places.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000", "999999.991", "1E+6", "1000000.00"})
    void refuses_more_than_999_999_99(String input) {
        assertThatThrownBy(() -> Quantity.of(input)).isInstanceOf(ValidationException.class);
    }

    @Test
    void the_maximum_is_999_999_99() {
        assertThat(Quantity.MAX).isEqualByComparingTo("999999.99");
        assertThat(new Quantity(Quantity.MAX).toPlainString()).isEqualTo("999999.99");
    }

    @Test
    void refuses_a_missing_value() {
        assertThatThrownBy(() -> new Quantity(null)).isInstanceOf(ValidationException.class)
                .hasMessage("A quantity is required.");
        assertThatThrownBy(() -> Quantity.of(0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Quantity.of(-3)).isInstanceOf(ValidationException.class);
    }

    @Test
    void of_long_builds_whole_quantities() {
        assertThat(Quantity.of(5)).isEqualTo(Quantity.of("5.00"));
        assertThat(Quantity.of(5).toPlainString()).isEqualTo("5.00");
    }

    @Test
    void equal_values_written_differently_are_equal() {
        assertThat(Quantity.of("2")).isEqualTo(Quantity.of("2.0")).isEqualTo(Quantity.of("2.000"));
        assertThat(Quantity.of("2").hashCode()).isEqualTo(Quantity.of("2.000").hashCode());
    }

    @Test
    void never_prints_in_exponent_form() {
        assertThat(new Quantity(new BigDecimal("1E+3")).toString()).isEqualTo("1000.00");
        assertThat(new Quantity(new BigDecimal("5E+5")).toPlainString()).isEqualTo("500000.00");
    }


    @Test
    void comparisons() {
        assertThat(Quantity.of("5").isGreaterThan(Quantity.of("3"))).isTrue();
        assertThat(Quantity.of("3").isGreaterThan(Quantity.of("5"))).isFalse();
        assertThat(Quantity.of("3").isGreaterThan(Quantity.of("3.00"))).isFalse();
        assertThat(Quantity.of("2.5").compareTo(Quantity.of("2.50"))).isZero();
    }
}
