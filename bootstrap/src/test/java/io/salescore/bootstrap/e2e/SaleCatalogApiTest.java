package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sale catalogue as the old frontend reads it (compat.md E6): it calls it with no parameters, keeps items with
 * a batch, adds with {@code stock_product_ids[0]}, and compares {@code available_quantity} with what it asks for,
 * so that figure must be the unreserved one.
 */
class SaleCatalogApiTest {

    private final TestBusiness shop = TestBusiness.register();
    private final TestStock stock = new TestStock(shop);
    private final String main = stock.storefront("Main");
    private final TestStock.Product rice = stock.product(main, "Rice 1kg", "2.40", "2.00", 10);
    private final TestStock.Product tea = stock.product(main, "Tea", "5.00", "0.00", 3);

    @Test
    void lists_sellable_products_with_the_unreserved_quantity_and_the_default_batch_first() {
        ApiClient cashier = Staff.add(shop, "CASHIER", main).client();
        String sale = cashier.post("/sales/api/sales/", Map.of("storefront", main)).id();
        assertThat(cashier.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", rice.id(),
                "stock_product", rice.batch(), "quantity", 4, "unit_price", "2.40")).status()).isEqualTo(201);

        ApiClient.Response r = cashier.get("/inventory/api/storefronts/" + main + "/sale-catalog/");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode page = r.json();
        assertThat(page.fieldNames()).toIterable()
                .containsExactly("count", "next", "previous", "page_size", "total_pages", "current_page", "products");
        assertThat(page.get("count").asInt()).isEqualTo(2);
        assertThat(page.get("page_size").asInt()).isEqualTo(5000);
        assertThat(page.get("total_pages").asInt()).isEqualTo(1);
        assertThat(page.get("current_page").asInt()).isEqualTo(1);
        JsonNode first = page.at("/products/0");
        assertThat(first.get("product_name").asText()).isEqualTo("Rice 1kg");
        assertThat(first.get("product_id").asText()).isEqualTo(rice.id());
        assertThat(first.get("available_quantity").asInt()).isEqualTo(6);
        assertThat(first.get("retail_price").asText()).isEqualTo("2.40");
        assertThat(first.get("wholesale_price").asText()).isEqualTo("2.00");
        assertThat(first.get("stock_product_ids").get(0).asText()).isEqualTo(rice.batch());
        assertThat(first.get("category_name").isNull()).isTrue();
        assertThat(page.at("/products/1/wholesale_price").isNull()).as("0.00 wholesale is unset").isTrue();
    }

    @Test
    void filters_and_bad_input() {
        String path = "/inventory/api/storefronts/" + main + "/sale-catalog/";
        assertThat(shop.owner.get(path + "?search=TEA").json().get("products")).hasSize(1);
        assertThat(shop.owner.get(path + "?min_price=3").json().at("/products/0/product_name").asText()).isEqualTo("Tea");
        assertThat(shop.owner.get(path + "?max_price=3.00").json().at("/products/0/product_name").asText())
                .isEqualTo("Rice 1kg");
        assertThat(shop.owner.get(path + "?category=" + main).json().get("products")).isEmpty();
        assertThat(shop.owner.get(path + "?page_size=1").json().get("next").asText()).endsWith("page=2&page_size=1");
        assertThat(shop.owner.get(path + "?page_size=99999").json().get("page_size").asInt()).isEqualTo(5000);
        assertThat(shop.owner.get(path + "?min_price=cheap").status()).isEqualTo(400);
        assertThat(shop.owner.get(path + "?category=x").status()).isEqualTo(400);
        assertThat(shop.owner.get(path + "?in_stock_only=maybe").status()).isEqualTo(400);

        // sold out on hand: gone unless zero stock is asked for
        shop.server.app().database().jdbi().useHandle(h -> h.createUpdate(
                "UPDATE storefront_inventory SET quantity = 0 WHERE storefront_id = CAST(:s AS uuid) AND product_id = CAST(:p AS uuid)")
                .bind("s", main).bind("p", tea.id()).execute());
        assertThat(shop.owner.get(path).json().get("count").asInt()).isEqualTo(1);
        assertThat(shop.owner.get(path + "?in_stock_only=false").json().get("count").asInt()).isEqualTo(2);
        assertThat(shop.owner.get(path + "?include_zero=true").json().get("count").asInt()).isEqualTo(2);

        String elsewhere = stock.storefront("Airport");
        assertThat(Staff.add(shop, "CASHIER", elsewhere).client().get(path).status()).isEqualTo(403);
        assertThat(TestBusiness.register().owner.get(path).status()).isEqualTo(404);
    }
}
