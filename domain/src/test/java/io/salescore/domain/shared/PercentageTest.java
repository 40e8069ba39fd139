package io.salescore.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentageTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0.00",
            "15, 15.00",
            "7.5, 7.50",
            "33.33, 33.33",
            "33.330, 33.33",
            "100, 100.00",
            "100.000, 100.00",
            "1E+2, 100.00"
    })
    void accepts_0_to_100_with_two_decimals(String input, String printed) {
        Percentage percentage = new Percentage(new BigDecimal(input));

        assertThat(percentage.toString()).isEqualTo(printed);
        assertThat(percentage.value().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-1", "100.01", "101", "1E+3"})
    void refuses_values_outside_0_to_100(String input) {
        assertThatThrownBy(() -> Percentage.of(input))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Percentages run from 0 to 100.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"33.333", "7.505", "0.001"})
    void refuses_more_than_two_decimals(String input) {
        assertThatThrownBy(() -> Percentage.of(input))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Percentages have at most 2 decimal places.");
    }

    @Test
    void refuses_a_missing_value() {
        assertThatThrownBy(() -> new Percentage(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void zero_is_zero_and_equality_is_by_value() {
        assertThat(Percentage.ZERO).isEqualTo(Percentage.of("0.00"));
        assertThat(Percentage.of("15")).isEqualTo(Percentage.of("15.000"));
    }
}
