package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.StockSetup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input on every catalogue and stock endpoint is a JSON 4xx with a code, never a 5xx. */
class InventoryBadInputApiTest {

    private static final List<String> BODIES = List.of(
            "", "{", "[]", "null", "42", "\"text\"", "{\"name\": null}", "{\"name\": {}}", "{\"name\": []}",
            "{\"name\": \"\\u0000\"}", "{\"name\": \"" + "n".repeat(300) + "\"}",
            "{\"name\": \"x\", \"sku\": 7, \"code\": \"\\u0000\"}",
            "{\"product\": \"00000000-0000-0000-0000-000000000000\", \"warehouse\": 1, \"quantity\": 1e400}",
            "{\"quantity\": \"99999999999999999999999\", \"unit_cost\": \"-0.001\", \"retail_price\": \"1.999\"}",
            "{\"quantity_delta\": \"1e5\", \"reason\": 5, \"product\": \"zz\"}",
            "{\"quantity_delta\": -0.0000000000000000000000001, \"reason\": \"r\"}",
            "{\"stock_product\": [], \"storefront\": true, \"quantity\": {}}",
            "{\"expiry_date\": \"2026-02-30\", \"wholesale_price\": \"NaN\", \"is_active\": \"yes\"}",
            "{\"quantity\": 5, \"remaining_quantity\": -1, \"retail_price\": null}");

    @Test
    void no_body_or_parameter_makes_the_server_fail() {
        StockSetup stock = StockSetup.newBusiness();
        ApiClient owner = stock.shop.owner;
        String storefront = stock.storefront("Main");
        String warehouse = stock.warehouse("W");
        String product = stock.product("P");
        String batch = stock.batch(product, warehouse, "5", "1.00");
        List<String[]> writes = List.of(
                new String[] {"POST", "/inventory/api/storefronts/"},
                new String[] {"PATCH", "/inventory/api/storefronts/" + storefront + "/"},
                new String[] {"POST", "/inventory/api/warehouses/"},
                new String[] {"PATCH", "/inventory/api/warehouses/" + warehouse + "/"},
                new String[] {"POST", "/inventory/api/products/"},
                new String[] {"PATCH", "/inventory/api/products/" + product + "/"},
                new String[] {"POST", "/inventory/api/stock-products/"},
                new String[] {"PATCH", "/inventory/api/stock-products/" + batch + "/"},
                new String[] {"POST", "/inventory/api/transfers/"},
                new String[] {"POST", "/inventory/api/storefronts/" + storefront + "/adjustments/"});
        List<String> failures = new ArrayList<>();
        for (String[] write : writes) {
            for (String body : BODIES) {
                check(owner.send(write[0], write[1], body), failures);
            }
        }
        List<String> reads = List.of("/inventory/api/storefronts/", "/inventory/api/warehouses/",
                "/inventory/api/products/", "/inventory/api/stock-products/", "/inventory/api/transfers/",
                "/inventory/api/stock-movements/", "/inventory/api/storefronts/" + storefront + "/inventory/",
                "/inventory/api/storefronts/" + storefront + "/adjustments/");
        List<String> queries = List.of("?page=0", "?page=abc", "?page_size=0", "?page_size=201", "?page=99999999999",
                "?is_active=2", "?search=%00", "?search=" + "s".repeat(300), "?product=1-1-1-1-1", "?warehouse=x",
                "?storefront=%27", "?stock_product=0", "?kind=SOLD", "?date_from=2026-13-01", "?date_to=tomorrow",
                "?in_stock=sure", "?barcode=%25_%5C", "?date_from=%2B300000-01-01T00:00:00Z",
                "?date_to=-290000-01-01T00:00:00Z");
        for (String read : reads) {
            for (String query : queries) {
                ApiClient.Response r = owner.get(read + query);
                check(r, failures);
                if (r.status() == 200 && !r.results().isArray()) {
                    failures.add(r.toString());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(owner.get("/health/ready").status()).isEqualTo(200);
    }

    /** A success (unknown fields are ignored, so some bodies are fine) or a 4xx JSON error with a code. */
    private static void check(ApiClient.Response r, List<String> failures) {
        boolean ok = r.status() >= 200 && r.status() < 300;
        boolean jsonError = r.status() >= 400 && r.status() < 500 && r.body().startsWith("{")
                && r.json().hasNonNull("code") && r.json().hasNonNull("error");
        if (!ok && !jsonError) {
            failures.add(r.toString());
        }
    }
}
