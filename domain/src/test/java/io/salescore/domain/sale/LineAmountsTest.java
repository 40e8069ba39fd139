package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * domain.md "Money", line formula, every step rounded HALF_UP to cents:
 * gross = unit_price × quantity; discount = gross × d/100; base = gross − discount; tax = base × t/100;
 * total = base + tax.
 */
class LineAmountsTest {

    private static LineAmounts amounts(String price, String quantity, String discount, String tax) {
        return LineAmounts.of(Money.of(price), Quantity.of(quantity), Percentage.of(discount), Percentage.of(tax));
    }

    @Test
    void the_example_of_domain_md() {
        LineAmounts line = amounts("20.00", "3", "0", "15");

        assertThat(line.gross()).isEqualTo(Money.of("60.00"));
        assertThat(line.discountAmount()).isEqualTo(Money.ZERO);
        assertThat(line.gross().minus(line.discountAmount())).as("base").isEqualTo(Money.of("60.00"));
        assertThat(line.taxAmount()).isEqualTo(Money.of("9.00"));
        assertThat(line.totalPrice()).isEqualTo(Money.of("69.00"));
    }

    @Test
    void three_times_0_35_with_33_33_percent_off_and_7_5_percent_tax() {
        // gross 3 × 0.35 = 1.05; discount 1.05 × 0.3333 = 0.349965 -> 0.35; base 0.70;
        // tax 0.70 × 0.075 = 0.0525 -> 0.05; total 0.75
        LineAmounts line = amounts("0.35", "3", "33.33", "7.5");

        assertThat(line.gross()).isEqualTo(Money.of("1.05"));
        assertThat(line.discountAmount()).isEqualTo(Money.of("0.35"));
        assertThat(line.taxAmount()).isEqualTo(Money.of("0.05"));
        assertThat(line.totalPrice()).isEqualTo(Money.of("0.75"));
    }

    @Test
    void rounding_the_gross_first_changes_the_discount() {
        // gross 0.35 × 1.5 = 0.525 -> 0.53 (HALF_UP; unrounded it would give a discount of 0.1749825 -> 0.17)
        // discount 0.53 × 0.3333 = 0.176649 -> 0.18; base 0.35; tax 0.35 × 0.075 = 0.02625 -> 0.03; total 0.38
        LineAmounts line = amounts("0.35", "1.5", "33.33", "7.5");

        assertThat(line.gross()).isEqualTo(Money.of("0.53"));
        assertThat(line.discountAmount()).isEqualTo(Money.of("0.18"));
        assertThat(line.taxAmount()).isEqualTo(Money.of("0.03"));
        assertThat(line.totalPrice()).isEqualTo(Money.of("0.38"));
    }

    @Test
    void rounding_at_each_step_changes_the_total() {
        // step by step: gross 1.15 × 1.5 = 1.725 -> 1.73; discount 1.73 × 0.10 = 0.173 -> 0.17; base 1.56;
        // tax 1.56 × 0.05 = 0.078 -> 0.08; total 1.64.
        // (Unrounded until the end: 1.725 × 0.9 × 1.05 = 1.630125 -> 1.63; HALF_EVEN per step also gives 1.63.)
        LineAmounts line = amounts("1.15", "1.5", "10", "5");

        assertThat(line.gross()).isEqualTo(Money.of("1.73"));
        assertThat(line.discountAmount()).isEqualTo(Money.of("0.17"));
        assertThat(line.taxAmount()).isEqualTo(Money.of("0.08"));
        assertThat(line.totalPrice()).isEqualTo(Money.of("1.64"));
    }

    @Test
    void tax_of_the_rounded_base_rounds_up_where_the_exact_total_would_round_down() {
        // gross 0.04 × 2.5 = 0.10; discount 0.10 × 0.3333 = 0.03333 -> 0.03; base 0.07;
        // tax 0.07 × 0.075 = 0.00525 -> 0.01; total 0.08 (exact arithmetic would give 0.07167025 -> 0.07)
        LineAmounts line = amounts("0.04", "2.5", "33.33", "7.5");

        assertThat(line.gross()).isEqualTo(Money.of("0.10"));
        assertThat(line.discountAmount()).isEqualTo(Money.of("0.03"));
        assertThat(line.taxAmount()).isEqualTo(Money.of("0.01"));
        assertThat(line.totalPrice()).isEqualTo(Money.of("0.08"));
    }

    @Test
    void half_cents_round_up_not_to_even() {
        // discount 2.45 × 0.10 = 0.245 -> 0.25 (HALF_EVEN would give 0.24); base 2.20; tax 2.20 × 0.075 = 0.165 -> 0.17
        LineAmounts discounted = amounts("2.45", "1", "10", "7.5");
        assertThat(discounted.discountAmount()).isEqualTo(Money.of("0.25"));
        assertThat(discounted.taxAmount()).isEqualTo(Money.of("0.17"));
        assertThat(discounted.totalPrice()).isEqualTo(Money.of("2.37"));

        // tax 0.10 × 0.05 = 0.005 -> 0.01
        LineAmounts taxed = amounts("0.10", "1", "0", "5");
        assertThat(taxed.taxAmount()).isEqualTo(Money.of("0.01"));
        assertThat(taxed.totalPrice()).isEqualTo(Money.of("0.11"));
    }

    @ParameterizedTest(name = "{0} x {1}, -{2}%, +{3}% -> gross {4}, discount {5}, tax {6}, total {7}")
    @CsvSource({
            "19.99, 3, 12.5, 15, 59.97, 7.50, 7.87, 60.34",
            "65.00, 5, 0, 0, 325.00, 0.00, 0.00, 325.00",
            "65.00, 2, 100, 15, 130.00, 130.00, 0.00, 0.00",
            "0.00, 4, 10, 15, 0.00, 0.00, 0.00, 0.00",
            "10.00, 0.01, 0, 0, 0.10, 0.00, 0.00, 0.10",
            "9.99, 0.33, 0, 100, 3.30, 0.00, 3.30, 6.60"
    })
    void follows_the_formula(String price, String quantity, String discount, String tax, String gross,
                             String discountAmount, String taxAmount, String total) {
        LineAmounts line = amounts(price, quantity, discount, tax);

        assertThat(line.gross()).isEqualTo(Money.of(gross));
        assertThat(line.discountAmount()).isEqualTo(Money.of(discountAmount));
        assertThat(line.taxAmount()).isEqualTo(Money.of(taxAmount));
        assertThat(line.totalPrice()).isEqualTo(Money.of(total));
        assertThat(line.totalPrice())
                .isEqualTo(line.gross().minus(line.discountAmount()).plus(line.taxAmount()));
    }

    @Test
    void amounts_beyond_the_money_range_are_refused() {
        assertThatThrownBy(() -> amounts("9999999999.99", "2", "0", "0")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> amounts("9999999999.99", "1", "0", "0.01")).isInstanceOf(ValidationException.class);
    }
}
