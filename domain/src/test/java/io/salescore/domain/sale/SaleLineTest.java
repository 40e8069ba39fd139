package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SaleLineTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private static SaleLine line() {
        return SaleLine.create(SaleItemId.of(UUID.randomUUID()), ProductId.of(UUID.randomUUID()),
                StockProductId.of(UUID.randomUUID()), "Cola 500ml", "COLA-500", "pcs", Quantity.of(3),
                Money.of("20.00"), true, Percentage.ZERO, Percentage.of("15"), T0);
    }

    @Test
    void its_amounts_follow_from_its_terms() {
        SaleLine line = line();

        assertThat(line.amounts()).isEqualTo(LineAmounts.of(Money.of("20.00"), Quantity.of(3), Percentage.ZERO,
                Percentage.of("15")));
        assertThat(line.discountAmount()).isEqualTo(Money.ZERO);
        assertThat(line.taxAmount()).isEqualTo(Money.of("9.00"));
        assertThat(line.totalPrice()).isEqualTo(Money.of("69.00"));
        assertThat(line.createdAt()).isEqualTo(T0);
        assertThat(line.updatedAt()).isEqualTo(T0);
    }

    @Test
    void new_terms_recompute_the_amounts_and_keep_identity_and_creation_time() {
        SaleLine line = line();

        SaleLine changed = line.with(Quantity.of(5), Money.of("18.00"), false, Percentage.of("10"),
                Percentage.of("15"), T1);

        // gross 90.00; discount 9.00; base 81.00; tax 12.15; total 93.15
        assertThat(changed.id()).isEqualTo(line.id());
        assertThat(changed.productId()).isEqualTo(line.productId());
        assertThat(changed.stockProductId()).isEqualTo(line.stockProductId());
        assertThat(changed.priceFromBatch()).isFalse();
        assertThat(changed.discountAmount()).isEqualTo(Money.of("9.00"));
        assertThat(changed.taxAmount()).isEqualTo(Money.of("12.15"));
        assertThat(changed.totalPrice()).isEqualTo(Money.of("93.15"));
        assertThat(changed.createdAt()).isEqualTo(T0);
        assertThat(changed.updatedAt()).isEqualTo(T1);
    }
}
