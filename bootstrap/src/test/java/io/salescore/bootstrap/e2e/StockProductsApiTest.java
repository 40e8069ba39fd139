package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStaff;
import io.salescore.bootstrap.support.StockSetup;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /inventory/api/stock-products/}: batches, their read-only quantities and their prices. */
class StockProductsApiTest {

    private final StockSetup stock = StockSetup.newBusiness();
    private final ApiClient owner = stock.shop.owner;
    private final String warehouse = stock.warehouse("Main Warehouse");

    private Map<String, Object> body(String product, String quantity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("product", product);
        body.put("warehouse", warehouse);
        body.put("quantity", quantity);
        body.put("unit_cost", "7.5");
        body.put("retail_price", 10);
        return body;
    }

    @Test
    void a_batch_answers_money_as_strings_and_quantities_as_numbers_with_everything_remaining() {
        String product = stock.product("Rice", "kg");
        Map<String, Object> body = body(product, "12.5");
        body.put("wholesale_price", "9.00");
        body.put("expiry_date", "2027-06-30");
        body.put("supplier", "Acme");
        ApiClient.Response r = owner.post("/inventory/api/stock-products/", body);

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode b = r.json();
        assertThat(b.fieldNames()).toIterable().containsExactly("id", "product", "product_name", "warehouse",
                "warehouse_name", "quantity", "remaining_quantity", "unit_cost", "retail_price", "wholesale_price",
                "expiry_date", "supplier", "created_at");
        assertThat(b.get("product_name").asText()).isEqualTo("Rice");
        assertThat(b.get("warehouse_name").asText()).isEqualTo("Main Warehouse");
        assertThat(b.get("quantity").isNumber()).isTrue();
        assertThat(b.get("quantity").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(b.get("remaining_quantity").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(b.get("unit_cost").asText()).isEqualTo("7.50");
        assertThat(b.get("retail_price").asText()).isEqualTo("10.00");
        assertThat(b.get("wholesale_price").asText()).isEqualTo("9.00");
        assertThat(b.get("expiry_date").asText()).isEqualTo("2027-06-30");
        assertThat(stock.get("/inventory/api/stock-products/" + r.id() + "/")).isEqualTo(b);
    }

    @Test
    void bad_quantities_and_prices_are_refused() {
        String pcs = stock.product("Soap");
        Map<String, String> bad = Map.of("quantity", "2.5", "unit_cost", "-1", "retail_price", "1.005");
        bad.forEach((field, value) -> {
            Map<String, Object> body = body(pcs, "3");
            body.put(field, value);
            ApiClient.Response r = owner.post("/inventory/api/stock-products/", body);
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.json().at("/details/" + field).isArray()).as(r.toString()).isTrue();
        });
        for (String quantity : List.of("0", "-1", "1000000", "abc")) {
            assertThat(owner.post("/inventory/api/stock-products/", body(pcs, quantity)).status()).isEqualTo(400);
        }
        ApiClient.Response missing = owner.post("/inventory/api/stock-products/", Map.of());
        assertThat(missing.json().get("details").fieldNames()).toIterable()
                .contains("product", "warehouse", "quantity", "unit_cost", "retail_price");
    }

    @Test
    void foreign_or_unknown_ids_in_the_body_are_not_found_and_in_filters_match_nothing() {
        StockSetup other = StockSetup.newBusiness();
        String foreignProduct = other.product("Theirs");
        String foreignWarehouse = other.warehouse("Theirs");
        Map<String, Object> body = body(foreignProduct, "1");
        body.put("warehouse", foreignWarehouse);
        ApiClient.Response r = owner.post("/inventory/api/stock-products/", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/details/product/0").asText()).isEqualTo("Not found.");
        assertThat(r.json().at("/details/warehouse/0").asText()).isEqualTo("Not found.");
        Map<String, Object> malformed = body(stock.product("Mine"), "1");
        malformed.put("warehouse", "1-1-1-1-1");
        assertThat(owner.post("/inventory/api/stock-products/", malformed).json().at("/details/warehouse/0").asText())
                .isEqualTo("Must be a valid UUID.");

        String batch = stock.batch(stock.product("Listed"), warehouse, "3", "1.00");
        assertThat(owner.get("/inventory/api/stock-products/?product=" + foreignProduct).results()).isEmpty();
        assertThat(owner.get("/inventory/api/stock-products/?warehouse=" + UUID.randomUUID()).results()).isEmpty();
        ApiClient.Response bad = owner.get("/inventory/api/stock-products/?product=nope");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("details").has("product")).isTrue();
        assertThat(owner.get("/inventory/api/stock-products/?warehouse=" + warehouse).results()).hasSize(1);
        assertThat(other.shop.owner.get("/inventory/api/stock-products/" + batch + "/").status()).isEqualTo(404);
        assertThat(other.shop.owner.patch("/inventory/api/stock-products/" + batch + "/", Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void patch_changes_prices_expiry_and_supplier_but_never_quantities() {
        String batch = stock.batch(stock.product("Milk"), warehouse, "10", "1.25");
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("retail_price", "1.30");
        change.put("wholesale_price", "1.10");
        change.put("expiry_date", "2026-12-31");
        change.put("supplier", "Dairy Co");
        ApiClient.Response patched = owner.patch("/inventory/api/stock-products/" + batch + "/", change);
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.text("retail_price")).isEqualTo("1.30");
        assertThat(patched.text("wholesale_price")).isEqualTo("1.10");
        assertThat(patched.text("supplier")).isEqualTo("Dairy Co");

        Map<String, Object> clear = new LinkedHashMap<>();
        clear.put("wholesale_price", null);
        clear.put("expiry_date", null);
        JsonNode cleared = owner.patch("/inventory/api/stock-products/" + batch + "/", clear).json();
        assertThat(cleared.get("wholesale_price").isNull()).isTrue();
        assertThat(cleared.get("expiry_date").isNull()).isTrue();
        assertThat(cleared.get("retail_price").asText()).isEqualTo("1.30");

        for (String readOnly : List.of("quantity", "remaining_quantity")) {
            ApiClient.Response r = owner.patch("/inventory/api/stock-products/" + batch + "/",
                    Map.of(readOnly, 5, "retail_price", "2.00"));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.text("code")).isEqualTo("VALIDATION_ERROR");
            assertThat(r.json().get("details").has(readOnly)).isTrue();
        }
        Map<String, Object> nullPrice = new LinkedHashMap<>();
        nullPrice.put("retail_price", null);
        assertThat(owner.patch("/inventory/api/stock-products/" + batch + "/", nullPrice).status()).isEqualTo(400);
        JsonNode after = stock.get("/inventory/api/stock-products/" + batch + "/");
        assertThat(after.get("quantity").asInt()).isEqualTo(10);
        assertThat(after.get("retail_price").asText()).isEqualTo("1.30");
    }

    @Test
    void a_cashier_reads_batches_and_a_manager_receives_them() {
        String product = stock.product("Bread");
        ApiClient cashier = TestStaff.member(stock.shop, "CASHIER");
        ApiClient manager = TestStaff.member(stock.shop, "MANAGER");
        assertThat(manager.post("/inventory/api/stock-products/", body(product, "4")).status()).isEqualTo(201);
        assertThat(cashier.get("/inventory/api/stock-products/").results()).hasSize(1);
        String batch = cashier.get("/inventory/api/stock-products/").results().get(0).get("id").asText();
        assertThat(cashier.post("/inventory/api/stock-products/", body(product, "4")).status()).isEqualTo(403);
        assertThat(cashier.patch("/inventory/api/stock-products/" + batch + "/", Map.of("retail_price", "1")).text(
                "code")).isEqualTo("PERMISSION_DENIED");
        ApiClient.Response inactive = owner.post("/inventory/api/stock-products/", body(product, "1"));
        assertThat(inactive.status()).isEqualTo(201);
        owner.delete("/inventory/api/warehouses/" + warehouse + "/");
        assertThat(owner.post("/inventory/api/stock-products/", body(product, "1")).json().get("details")
                .has("warehouse")).as("an inactive warehouse receives nothing").isTrue();
        assertThat(TestBusiness.register().owner.get("/inventory/api/stock-products/").results()).isEmpty();
    }
}
