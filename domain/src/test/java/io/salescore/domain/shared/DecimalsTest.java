package io.salescore.domain.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource({"1.500, 1", "100, 0", "1E+3, 0", "0.00, 0", "2.25, 2", "0.001, 3", "1.10000, 1"})
    void scale_of_judges_the_value_not_the_written_form(String input, int scale) {
        assertThat(Decimals.scaleOf(new BigDecimal(input))).isEqualTo(scale);
    }

    @ParameterizedTest
    @CsvSource({"1E+3, 1000.00", "2.345, 2.35", "7, 7.00", "0.005, 0.01"})
    void plain2_prints_two_places_without_exponent(String input, String printed) {
        assertThat(Decimals.plain2(new BigDecimal(input))).isEqualTo(printed);
    }
}
