package io.salescore.domain.catalog;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** domain.md "Catalogue and stock": products, their unit (default pcs) and deactivation. */
class ProductTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final BusinessId business = BusinessId.of(UUID.randomUUID());

    private Product product(String unit) {
        return Product.create(ProductId.of(UUID.randomUUID()), business, "  Cola 330ml ", " COLA-330 ", "",
                unit, null, now);
    }

    @Test
    void a_new_product_is_active_counted_in_pcs_by_default_with_stripped_text() {
        Product p = product(null);

        assertThat(p.unit()).isEqualTo(ProductUnit.PIECES);
        assertThat(p.active()).isTrue();
        assertThat(p.name()).isEqualTo("Cola 330ml");
        assertThat(p.state().sku()).isEqualTo("COLA-330");
        assertThat(p.state().barcode()).isNull();
        assertThat(p.state().description()).isEmpty();
        assertThat(p.state().createdAt()).isEqualTo(now);
    }

    @Test
    void name_and_sku_are_required() {
        assertThatThrownBy(() -> Product.create(ProductId.of(UUID.randomUUID()), business, " ", "S", null, null, null, now))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details()).containsKey("name"));
        assertThatThrownBy(() -> Product.create(ProductId.of(UUID.randomUUID()), business, "N", null, null, null, null, now))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details()).containsKey("sku"));
    }

    @Test
    void text_longer_than_255_or_with_nul_is_refused() {
        assertThatThrownBy(() -> Product.create(ProductId.of(UUID.randomUUID()), business, "x".repeat(256), "S",
                null, null, null, now)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Product.create(ProductId.of(UUID.randomUUID()), business, "N", "S", "12\u00003",
                null, null, now)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.details()).containsKey("barcode"));
    }

    @Test
    void update_changes_only_given_fields_and_a_blank_barcode_removes_it() {
        Product p = product("kg");
        p.update(null, null, "5012345678900", null, "Fizzy", null, now.plusSeconds(1));
        assertThat(p.state().barcode()).isEqualTo("5012345678900");
        assertThat(p.state().description()).isEqualTo("Fizzy");
        assertThat(p.unit()).isEqualTo("kg");
        assertThat(p.state().updatedAt()).isEqualTo(now.plusSeconds(1));

        p.update(null, null, "", null, null, null, now);
        assertThat(p.state().barcode()).isNull();
        assertThat(p.name()).isEqualTo("Cola 330ml");
    }

    @Test
    void deactivation_keeps_everything_else() {
        Product p = product(null);
        p.deactivate(now);
        assertThat(p.active()).isFalse();
        assertThat(p.name()).isEqualTo("Cola 330ml");
        p.update(null, null, null, null, null, true, now);
        assertThat(p.active()).isTrue();
    }
}
