package io.salescore.domain.catalog;

import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** domain.md "Catalogue and stock": quantities of a {@code pcs} product are whole numbers; other units allow 2 decimals. */
class ProductUnitTest {

    @Test
    void pieces_is_the_default_unit() {
        assertThat(ProductUnit.PIECES).isEqualTo("pcs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3", "2.00", "2.0", "1E+2", "999999"})
    void whole_quantities_of_pieces_fit(String quantity) {
        assertThatCode(() -> ProductUnit.requireFits("pcs", new BigDecimal(quantity), "quantity"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "0.01", "2.50", "3.10"})
    void fractional_quantities_of_pieces_are_refused_naming_the_field(String quantity) {
        assertThatThrownBy(() -> ProductUnit.requireFits("pcs", new BigDecimal(quantity), "quantity_delta"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("VALIDATION_ERROR");
                    assertThat(e.details()).containsExactly(Map.entry("quantity_delta",
                            List.of("Must be a whole number for products counted in pcs.")));
                });
    }

    @Test
    void a_negative_fractional_adjustment_of_pieces_is_refused_too() {
        assertThatThrownBy(() -> ProductUnit.requireFits("pcs", new BigDecimal("-1.5"), "quantity_delta"))
                .isInstanceOf(ValidationException.class);
        assertThatCode(() -> ProductUnit.requireFits("pcs", new BigDecimal("-2"), "quantity_delta"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kg", "l", "m", "box"})
    void other_units_allow_two_decimals(String unit) {
        assertThatCode(() -> ProductUnit.requireFits(unit, new BigDecimal("2.25"), "quantity"))
                .doesNotThrowAnyException();
        assertThatCode(() -> ProductUnit.requireFits(unit, new BigDecimal("0.5"), "quantity"))
                .doesNotThrowAnyException();
    }
}
