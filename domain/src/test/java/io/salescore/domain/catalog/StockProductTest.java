package io.salescore.domain.catalog;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.ValidationException;
import io.salescore.domain.shared.WarehouseId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** domain.md "Catalogue and stock": a batch's quantities are read-only; prices, expiry and supplier can change. */
class StockProductTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final BusinessId business = BusinessId.of(UUID.randomUUID());

    private Product product(String unit) {
        return Product.create(ProductId.of(UUID.randomUUID()), business, "Rice", "RICE", null, unit, null, now);
    }

    private StockProduct batch(Product product, String quantity) {
        return StockProduct.receive(StockProductId.of(UUID.randomUUID()), product, WarehouseId.of(UUID.randomUUID()),
                Quantity.of(quantity), Money.of("10.00"), Money.of("15.00"), null, null, " Acme ", now);
    }

    @Test
    void a_new_batch_has_all_of_its_quantity_remaining() {
        StockProduct b = batch(product(null), "20");
        assertThat(b.remainingQuantity()).isEqualByComparingTo("20");
        assertThat(b.state().quantity()).isEqualTo(Quantity.of(20));
        assertThat(b.state().supplier()).isEqualTo("Acme");
        assertThat(b.state().businessId()).isEqualTo(business);
    }

    @Test
    void a_pcs_product_is_received_in_whole_units_and_other_units_take_two_decimals() {
        assertThatThrownBy(() -> batch(product(null), "2.5"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details()).containsKey("quantity"));
        assertThat(batch(product("kg"), "2.5").remainingQuantity()).isEqualByComparingTo("2.5");
    }

    @Test
    void prices_expiry_and_supplier_change_and_clear() {
        StockProduct b = batch(product(null), "5");
        b.revise(new StockProduct.Revision(Money.of("9.00"), Money.of("16.00"), Optional.of(Money.of("14.00")),
                Optional.of(LocalDate.parse("2027-01-31")), "Bolt", Set.of()), now.plusSeconds(5));
        assertThat(b.state().unitCost()).isEqualTo(Money.of("9.00"));
        assertThat(b.state().retailPrice()).isEqualTo(Money.of("16.00"));
        assertThat(b.state().wholesalePrice()).isEqualTo(Money.of("14.00"));
        assertThat(b.state().expiryDate()).isEqualTo(LocalDate.parse("2027-01-31"));
        assertThat(b.priceFor(true)).isEqualTo(Money.of("14.00"));
        assertThat(b.priceFor(false)).isEqualTo(Money.of("16.00"));

        b.revise(new StockProduct.Revision(null, null, Optional.empty(), Optional.empty(), null, Set.of()), now);
        assertThat(b.state().wholesalePrice()).isNull();
        assertThat(b.state().expiryDate()).isNull();
        assertThat(b.state().retailPrice()).isEqualTo(Money.of("16.00"));
        assertThat(b.priceFor(true)).isEqualTo(Money.of("16.00"));
        assertThat(b.state().quantity()).isEqualTo(Quantity.of(5));
    }

    @Test
    void a_wholesale_price_of_zero_is_no_wholesale_price_as_at_checkout() {
        StockProduct b = batch(product(null), "5");
        b.revise(new StockProduct.Revision(null, Money.of("16.00"), Optional.of(Money.of("0.00")), Optional.empty(),
                null, Set.of()), now.plusSeconds(5));
        assertThat(b.priceFor(true)).isEqualTo(Money.of("16.00"));
        assertThat(StockProduct.priceFor(true, Money.of("16.00"), Money.of("0.00"))).isEqualTo(Money.of("16.00"));
        assertThat(StockProduct.priceFor(true, Money.of("16.00"), Money.of("12.50"))).isEqualTo(Money.of("12.50"));
        assertThat(StockProduct.priceFor(false, Money.of("16.00"), Money.of("12.50"))).isEqualTo(Money.of("16.00"));
        assertThat(StockProduct.priceFor(true, Money.of("16.00"), null)).isEqualTo(Money.of("16.00"));
    }

    @Test
    void quantities_product_and_warehouse_are_read_only_and_refused_by_name() {
        StockProduct b = batch(product(null), "5");
        assertThatThrownBy(() -> b.revise(new StockProduct.Revision(Money.of("1.00"), null, null, null, null,
                Set.of("quantity", "remaining_quantity", "retail_price")), now))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
                        .containsOnlyKeys("quantity", "remaining_quantity"));
        assertThat(b.state().unitCost()).isEqualTo(Money.of("10.00"));
        assertThat(b.remainingQuantity()).isEqualByComparingTo(BigDecimal.valueOf(5));
    }
}
