package io.salescore.adapter.http.ops;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The request log's milliseconds read as they did with {@code String.format("%.1f")}, without a Formatter. */
class RequestLogTest {

    @ParameterizedTest
    @ValueSource(floats = {0f, 0.04f, 0.06f, 0.96f, 1f, 12.34f, 12.36f, 99.99f, 100f, 1234.5f, 60000f})
    void milliseconds_print_with_one_decimal_as_before(float ms) {
        long tenths = Math.round(ms * 10.0);
        assertThat(RequestLog.oneDecimal(tenths)).isEqualTo(String.format(Locale.ROOT, "%.1f", tenths / 10.0));
    }
}
