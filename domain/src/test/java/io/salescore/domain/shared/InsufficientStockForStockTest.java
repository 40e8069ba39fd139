package io.salescore.domain.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Refusals of stock movements name what is left, which may be nothing at all. */
class InsufficientStockForStockTest {

    @Test
    void nothing_left_is_available_zero_with_two_decimals() {
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("stock_product_id", "b1");
        ids.put("storefront_id", null);
        InsufficientStockException e = InsufficientStockException.forStock("Too little.", BigDecimal.ZERO,
                new BigDecimal("3"), ids);

        assertThat(e.code()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(e.getMessage()).isEqualTo("Too little.");
        assertThat(e.details()).containsEntry("available", "0.00").containsEntry("requested", "3.00")
                .containsEntry("stock_product_id", "b1").containsEntry("storefront_id", null);
        assertThat(e.developerMessage()).isEqualTo("Insufficient stock. Available: 0.00, Requested: 3.00");
    }

    @Test
    void a_negative_remainder_is_reported_as_zero_and_quantities_keep_two_decimals() {
        assertThat(InsufficientStockException.forStock("x", new BigDecimal("-1"), BigDecimal.ONE, Map.of())
                .details()).containsEntry("available", "0.00");
        assertThat(InsufficientStockException.forStock("x", new BigDecimal("2.5"), new BigDecimal("3"), Map.of())
                .details()).containsEntry("available", "2.50").containsEntry("requested", "3.00");
    }
}
