package io.salescore.adapter.persistence.catalog;

import io.salescore.adapter.persistence.support.StockWorld;
import io.salescore.application.catalog.port.ProductFilter;
import io.salescore.application.catalog.port.StockProductFilter;
import io.salescore.application.catalog.port.StockProductView;
import io.salescore.application.common.PageRequest;
import io.salescore.application.inventory.port.StorefrontFilter;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.catalog.Warehouse;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.inventory.StorefrontCode;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Products, warehouses, batches and storefronts against real PostgreSQL. */
class JdbiCatalogRepositoriesTest {

    private final StockWorld w = new StockWorld();

    @Test
    void a_duplicate_sku_is_a_conflict_on_insert_and_update() {
        Product first = w.product("Cola", null);
        Product clash = Product.create(ProductId.of(UUID.randomUUID()), w.business, "Other", first.state().sku(),
                null, null, null, w.now());
        assertThatThrownBy(() -> w.tx.run(() -> w.products.insert(clash)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("DUPLICATE_SKU"));

        Product second = w.product("Water", null);
        second.update(null, first.state().sku(), null, null, null, null, w.now());
        assertThatThrownBy(() -> w.tx.run(() -> w.products.update(second)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("DUPLICATE_SKU"));
    }

    @Test
    void product_search_is_a_case_insensitive_substring_with_wildcards_taken_literally() {
        Product percent = w.product("Cola 100%", null);
        w.product("Cola 1000", null);
        Product barcoded = Product.create(ProductId.of(UUID.randomUUID()), w.business, "Soap", "SOAP_1",
                "590123412345", null, null, w.now());
        w.tx.run(() -> w.products.insert(barcoded));
        Product inactive = w.product("Cola Zero", null);
        inactive.deactivate(w.now());
        w.tx.run(() -> w.products.update(inactive));

        assertThat(list(new ProductFilter("0%", null, true))).containsExactly("Cola 100%");
        assertThat(list(new ProductFilter("cola", null, true))).containsExactlyInAnyOrder("Cola 1000", "Cola 100%");
        assertThat(list(new ProductFilter("p_1", null, null))).containsExactly("Soap");
        assertThat(list(new ProductFilter("41234", null, null))).containsExactly("Soap");
        assertThat(list(new ProductFilter(null, "590123412345", null))).containsExactly("Soap");
        assertThat(list(new ProductFilter("cola", null, false))).containsExactly("Cola Zero");
        assertThat(list(new ProductFilter("cola", null, null))).hasSize(3);
        assertThat(percent.active()).isTrue();
    }

    private java.util.List<String> list(ProductFilter filter) {
        return w.tx.inTransaction(() -> w.products.list(w.business, filter, PageRequest.first())).items().stream()
                .map(Product::name).sorted().toList();
    }

    @Test
    void a_batch_reads_back_with_names_and_its_draw_is_guarded() {
        Warehouse warehouse = w.warehouse("Main Warehouse");
        Product rice = w.product("Rice", "kg");
        StockProduct batch = w.batch(rice, warehouse, "10.5", "2.40");
        batch.revise(new StockProduct.Revision(null, null, Optional.of(Money.of("2.10")),
                Optional.of(LocalDate.parse("2027-03-01")), "Acme", Set.of()), w.now());
        w.tx.run(() -> w.batches.update(batch));

        StockProductView view = w.tx.inTransaction(() -> w.batches.find(w.business, batch.id())).orElseThrow();
        assertThat(view.productName()).isEqualTo("Rice");
        assertThat(view.warehouseName()).isEqualTo("Main Warehouse");
        assertThat(view.batch().state().wholesalePrice()).isEqualTo(Money.of("2.10"));
        assertThat(view.batch().state().expiryDate()).isEqualTo(LocalDate.parse("2027-03-01"));
        assertThat(view.batch().remainingQuantity()).isEqualByComparingTo("10.5");

        assertThat(w.tx.inTransaction(() -> w.batches.draw(w.business, batch.id(), new BigDecimal("11"), w.now())))
                .isEmpty();
        assertThat(w.tx.inTransaction(() -> w.batches.draw(w.business, batch.id(), new BigDecimal("10.5"), w.now())))
                .hasValueSatisfying(left -> assertThat(left).isEqualByComparingTo("0"));
        assertThat(w.tx.inTransaction(() -> w.batches.list(w.business,
                new StockProductFilter(rice.id(), warehouse.id()), PageRequest.first())).total()).isEqualTo(1);
        assertThat(w.tx.inTransaction(() -> w.batches.list(w.business,
                new StockProductFilter(ProductId.of(UUID.randomUUID()), null), PageRequest.first())).total()).isZero();
    }

    @Test
    void storefront_codes_are_unique_per_business_and_lists_keep_to_the_given_storefronts() {
        Storefront first = w.storefront("Zebra Road");
        Storefront clash = Storefront.open(StorefrontId.of(UUID.randomUUID()), w.business, "Other", "",
                first.code(), w.now());
        assertThat(w.tx.inTransaction(() -> w.storefronts.insertIfCodeFree(clash))).isFalse();
        Storefront second = w.storefront("apple Street");
        second.update(null, null, first.code(), false, null, w.now());
        assertThatThrownBy(() -> w.tx.run(() -> w.storefronts.update(second)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details()).containsKey("code"));
        assertThat(w.tx.inTransaction(() -> w.storefronts.codesInUse(w.business)))
                .containsExactlyInAnyOrder(first.code().value(), "S2");

        assertThat(w.tx.inTransaction(() -> w.storefronts.list(w.business, new StorefrontFilter(null, true), null,
                PageRequest.first())).items()).extracting(Storefront::name).containsExactly("apple Street", "Zebra Road");
        assertThat(w.tx.inTransaction(() -> w.storefronts.list(w.business, new StorefrontFilter(null, null),
                Set.of(first.id()), PageRequest.first())).items()).extracting(Storefront::name)
                .containsExactly("Zebra Road");
        assertThat(w.tx.inTransaction(() -> w.storefronts.hasReceipt(w.business, first.id()))).isFalse();
        assertThat(new StorefrontCode("S1")).isEqualTo(first.code());
    }
}
