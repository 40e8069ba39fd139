package io.salescore.domain.sale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** domain.md "Checkout" step 6: {@code <storefront code>-<YYYYMMDD>-<NNNN, at least 4 digits>}. */
class ReceiptNumberTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void pads_the_sequence_to_four_digits() {
        assertThat(ReceiptNumber.of("MAIN", DAY, 42).value()).isEqualTo("MAIN-20261122-0042");
        assertThat(ReceiptNumber.of("MAINSTRE", DAY, 1).toString()).isEqualTo("MAINSTRE-20261122-0001");
    }

    @Test
    void grows_beyond_four_digits() {
        assertThat(ReceiptNumber.of("SF", LocalDate.of(2027, 1, 5), 12345).value()).isEqualTo("SF-20270105-12345");
    }

    @Test
    void sequences_start_at_one() {
        assertThatThrownBy(() -> ReceiptNumber.of("MAIN", DAY, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"main-20261122-0001", "MAIN-2026112-0001", "MAIN-20261122-001", "M-20261122-0001",
            "MAINSTREE-20261122-0001", "MAIN20261122-0001", ""})
    void refuses_anything_else(String value) {
        assertThatThrownBy(() -> new ReceiptNumber(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_null() {
        assertThatThrownBy(() -> new ReceiptNumber(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
