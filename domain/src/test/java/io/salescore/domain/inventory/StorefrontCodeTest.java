package io.salescore.domain.inventory;

import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * domain.md "Catalogue and stock": a storefront code matches {@code ^[A-Z0-9]{2,8}$}; by default the first 8
 * upper-cased letters and digits of the name ({@code SF} if fewer than 2), with a numeric suffix replacing its
 * last characters on collision so it stays within 8.
 */
class StorefrontCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Main Street Shop|MAINSTRE",
            "main street shop|MAINSTRE",
            "Main|MAIN",
            "7-Eleven Downtown|7ELEVEND",
            "Shop #12|SHOP12",
            "Café Nord|CAFNORD",
            "ab|AB",
            "A1|A1",
            "Exactly8|EXACTLY8"
    })
    void takes_the_first_eight_upper_cased_letters_and_digits(String name, String code) {
        assertThat(StorefrontCode.derive(name, Set.of()).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "x", "#", "--- * ---", "É", "1"})
    void a_name_with_fewer_than_two_letters_and_digits_gets_sf(String name) {
        assertThat(StorefrontCode.derive(name, Set.of()).value()).isEqualTo("SF");
    }

    @Test
    void a_collision_replaces_the_last_character_with_a_number() {
        StorefrontCode code = StorefrontCode.derive("Main Street Shop", Set.of("MAINSTRE"));

        assertThat(code.value()).isEqualTo("MAINSTR2").hasSize(8);
    }

    @Test
    void further_collisions_count_on_and_longer_suffixes_replace_more_characters() {
        Set<String> taken = new HashSet<>(Set.of("MAINSTRE"));
        for (int n = 2; n <= 9; n++) {
            taken.add("MAINSTR" + n);
        }

        StorefrontCode code = StorefrontCode.derive("Main Street Shop", taken);

        assertThat(code.value()).isEqualTo("MAINST10");
    }

    @Test
    void a_short_code_takes_its_suffix_within_eight() {
        assertThat(StorefrontCode.derive("Shop", Set.of("SHOP")).value()).isEqualTo("SHOP2");
        assertThat(StorefrontCode.derive("?", Set.of("SF", "SF2")).value()).isEqualTo("SF3");
    }

    @Test
    void every_derived_code_is_unique_valid_and_at_most_eight_characters() {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 150; i++) {
            String code = StorefrontCode.derive("Main Street Shop", taken).value();
            assertThat(code).matches(StorefrontCode.PATTERN).hasSizeLessThanOrEqualTo(8);
            assertThat(taken.add(code)).as("unique: " + code).isTrue();
        }
        assertThat(taken).contains("MAINSTRE", "MAINSTR2", "MAINSTR9", "MAINST10", "MAINS100", "MAINS150");
    }

    @Test
    void codes_taken_by_other_names_are_avoided_too() {
        assertThat(StorefrontCode.derive("Main", Set.of("MAIN", "MAIN2")).value()).isEqualTo("MAIN3");
        assertThat(StorefrontCode.derive("Main", Set.of("MAIN2")).value()).isEqualTo("MAIN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB", "MAIN", "12345678", "SF", "A1B2C3"})
    void accepts_two_to_eight_upper_case_letters_or_digits(String value) {
        assertThat(new StorefrontCode(value).toString()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "", "ABCDEFGHI", "main", "Ab", "A-B", "A B", "ÉTÉ"})
    void refuses_anything_else(String value) {
        assertThatThrownBy(() -> new StorefrontCode(value))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details()).containsKey("code"));
    }

    @Test
    void refuses_null() {
        assertThatThrownBy(() -> new StorefrontCode(null)).isInstanceOf(ValidationException.class);
    }
}
