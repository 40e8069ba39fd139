package io.salescore.domain.inventory;

import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.ValidationException;
import io.salescore.domain.shared.WarehouseId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** domain.md: transfers go into active storefronts only, in whole units for pcs products; each is a movement. */
class StockTransferTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final BusinessId business = BusinessId.of(UUID.randomUUID());
    private final UserId user = UserId.of(UUID.randomUUID());

    private Product product(String unit) {
        return Product.create(ProductId.of(UUID.randomUUID()), business, "Rice", "RICE", null, unit, null, now);
    }

    private StockProduct batch(Product p) {
        return StockProduct.receive(StockProductId.of(UUID.randomUUID()), p, WarehouseId.of(UUID.randomUUID()),
                Quantity.of(20), Money.of("1.00"), Money.of("2.00"), null, null, null, now);
    }

    private Storefront storefront() {
        return Storefront.open(StorefrontId.of(UUID.randomUUID()), business, "Main", "", new StorefrontCode("MAIN"), now);
    }

    @Test
    void a_transfer_names_batch_product_storefront_and_becomes_a_transfer_in_movement() {
        Product p = product(null);
        StockProduct b = batch(p);
        Storefront s = storefront();
        StockTransfer t = StockTransfer.of(UUID.randomUUID(), b, p, s, Quantity.of(3), user, now);

        assertThat(t.stockProductId()).isEqualTo(b.id());
        assertThat(t.productId()).isEqualTo(p.id());
        assertThat(t.storefrontId()).isEqualTo(s.id());
        assertThat(t.businessId()).isEqualTo(business);

        StockMovement m = StockMovement.of(UUID.randomUUID(), t);
        assertThat(m.kind()).isEqualTo(MovementKind.TRANSFER_IN);
        assertThat(m.quantityDelta()).isEqualByComparingTo("3");
        assertThat(m.reference()).isEqualTo(t.id());
        assertThat(m.userId()).isEqualTo(user);
    }

    @Test
    void an_inactive_storefront_takes_no_transfer() {
        Product p = product(null);
        Storefront s = storefront();
        s.deactivate(now);
        assertThatThrownBy(() -> StockTransfer.of(UUID.randomUUID(), batch(p), p, s, Quantity.of(1), user, now))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details()).containsKey("storefront"));
    }

    @Test
    void pcs_products_move_in_whole_units_only() {
        Product pcs = product(null);
        assertThatThrownBy(() -> StockTransfer.of(UUID.randomUUID(), batch(pcs), pcs, storefront(),
                Quantity.of("1.5"), user, now))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details()).containsKey("quantity"));
        Product kg = product("kg");
        assertThat(StockTransfer.of(UUID.randomUUID(), batch(kg), kg, storefront(), Quantity.of("1.5"), user, now)
                .quantity()).isEqualTo(Quantity.of("1.5"));
    }

    @Test
    void the_batch_must_be_of_the_product() {
        Product p = product(null);
        assertThatThrownBy(() -> StockTransfer.of(UUID.randomUUID(), batch(product(null)), p, storefront(),
                Quantity.of(1), user, now)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MovementKind.values()).containsExactly(MovementKind.TRANSFER_IN, MovementKind.ADJUSTMENT,
                MovementKind.SALE, MovementKind.RETURN);
    }
}
