package io.salescore.domain.inventory;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** domain.md: adjustments are count corrections with a reason; pcs products change by whole units. */
class StockAdjustmentTest {

    private final ProductId product = ProductId.of(UUID.randomUUID());

    @Test
    void a_request_keeps_two_decimals_and_a_stripped_reason() {
        StockAdjustment.Request r = new StockAdjustment.Request(product, new BigDecimal("-3"), " Broken ");
        assertThat(r.quantityDelta()).isEqualTo(new BigDecimal("-3.00"));
        assertThat(r.reason()).isEqualTo("Broken");
        assertThat(r.removesStock()).isTrue();
        assertThat(r.removed()).isEqualByComparingTo("3");
        assertThat(new StockAdjustment.Request(product, BigDecimal.TEN, "Found").removed()).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "1.005", "1000000", "-1000000"})
    void zero_over_precise_or_out_of_range_changes_are_refused(String delta) {
        assertThatThrownBy(() -> new StockAdjustment.Request(product, new BigDecimal(delta), "Count"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details()).containsKey("quantity_delta"));
    }

    @Test
    void a_reason_is_required() {
        assertThatThrownBy(() -> new StockAdjustment.Request(product, BigDecimal.ONE, "  "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details()).containsKey("reason"));
        assertThatThrownBy(() -> new StockAdjustment.Request(product, null, "Count"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void pcs_products_change_by_whole_units_only() {
        StockAdjustment.Request half = new StockAdjustment.Request(product, new BigDecimal("-0.5"), "Spilt");
        assertThatThrownBy(() -> half.forUnit("pcs"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details()).containsKey("quantity_delta"));
        assertThat(half.forUnit("kg")).isSameAs(half);
    }

    @Test
    void the_recorded_adjustment_is_an_adjustment_movement() {
        StockAdjustment a = new StockAdjustment.Request(product, new BigDecimal("-2"), "Broken")
                .recorded(UUID.randomUUID(), BusinessId.of(UUID.randomUUID()), StorefrontId.of(UUID.randomUUID()),
                        new BigDecimal("8"), UserId.of(UUID.randomUUID()), Instant.EPOCH);
        StockMovement m = StockMovement.of(UUID.randomUUID(), a);
        assertThat(m.kind()).isEqualTo(MovementKind.ADJUSTMENT);
        assertThat(m.quantityDelta()).isEqualByComparingTo("-2");
        assertThat(m.reference()).isEqualTo(a.id());
        assertThat(a.quantityAfter()).isEqualByComparingTo("8");
    }
}
