package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStaff;
import io.salescore.bootstrap.support.StockSetup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /inventory/api/storefronts/{id}/inventory/}: what a till sells from. */
class StorefrontInventoryApiTest {

    private final StockSetup stock = StockSetup.newBusiness();
    private final ApiClient owner = stock.shop.owner;
    private final String main = stock.storefront("Main");
    private final String warehouse = stock.warehouse("Main Warehouse");

    private static List<String> names(JsonNode rows) {
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.get("product_name").asText()));
        return names;
    }

    @Test
    void rows_show_quantities_as_numbers_live_holds_and_the_default_prices() {
        String cola = owner.post("/inventory/api/products/", Map.of("name", "Cola", "sku", "COLA",
                "barcode", "500")).id();
        String old = stock.batch(cola, warehouse, "20", "1.20");
        stock.transfer(old, main, "12");
        owner.patch("/inventory/api/stock-products/" + old + "/", Map.of("wholesale_price", "1.00"));
        stock.batch(cola, warehouse, "20", "1.50");
        stock.hold(main, cola, "4", StockSetup.now().plus(Duration.ofMinutes(20)));
        stock.hold(main, cola, "3", StockSetup.now().minus(Duration.ofSeconds(1)));

        JsonNode row = stock.get("/inventory/api/storefronts/" + main + "/inventory/").get(0);

        assertThat(row.fieldNames()).toIterable().containsExactly("product", "product_name", "sku", "barcode", "unit",
                "quantity", "reserved_quantity", "unreserved_quantity", "retail_price", "wholesale_price");
        assertThat(row.get("product").asText()).isEqualTo(cola);
        assertThat(row.get("barcode").asText()).isEqualTo("500");
        assertThat(row.get("unit").asText()).isEqualTo("pcs");
        assertThat(row.get("quantity").isNumber()).isTrue();
        assertThat(row.get("quantity").toString()).isEqualTo("12");
        assertThat(row.get("reserved_quantity").toString()).isEqualTo("4");
        assertThat(row.get("unreserved_quantity").toString()).isEqualTo("8");
        assertThat(row.get("retail_price").asText()).as("the batch transferred here, not the newest overall")
                .isEqualTo("1.20");
        assertThat(row.get("wholesale_price").asText()).isEqualTo("1.00");
    }

    @Test
    void search_barcode_in_stock_and_paging() {
        String soap = owner.post("/inventory/api/products/", Map.of("name", "Bar Soap", "sku", "HYG-1",
                "barcode", "4711")).id();
        stock.transfer(stock.batch(soap, warehouse, "5", "0.95"), main, "5");
        String apples = stock.stocked(main, "Apples", "3");
        stock.stocked(main, "Cheese", "2");
        stock.hold(main, apples, "3", StockSetup.now().plus(Duration.ofMinutes(5)));

        String path = "/inventory/api/storefronts/" + main + "/inventory/";
        assertThat(names(stock.get(path))).containsExactly("Apples", "Bar Soap", "Cheese");
        assertThat(names(stock.get(path + "?search=hyg"))).containsExactly("Bar Soap");
        assertThat(names(stock.get(path + "?search=CHEE"))).containsExactly("Cheese");
        assertThat(names(stock.get(path + "?barcode=4711"))).containsExactly("Bar Soap");
        assertThat(names(stock.get(path + "?in_stock=true"))).containsExactly("Bar Soap", "Cheese");
        assertThat(names(stock.get(path + "?in_stock=false"))).containsExactly("Apples");
        ApiClient.Response page = owner.get(path + "?page=2&page_size=2");
        assertThat(names(page.results())).containsExactly("Cheese");
        assertThat(page.header("X-Total-Count")).isEqualTo("3");
        assertThat(page.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(owner.get(path + "?in_stock=perhaps").status()).isEqualTo(400);

        owner.delete("/inventory/api/products/" + soap + "/");
        assertThat(names(stock.get(path))).containsExactly("Apples", "Cheese");
        assertThat(names(stock.get(path + "?is_active=all"))).containsExactly("Apples", "Bar Soap", "Cheese");
    }

    @Test
    void assigned_staff_read_it_others_are_denied_and_other_businesses_see_nothing() {
        String airport = stock.storefront("Airport");
        stock.stocked(main, "Tea", "2");
        ApiClient cashier = TestStaff.member(stock.shop, "CASHIER", main);
        assertThat(cashier.get("/inventory/api/storefronts/" + main + "/inventory/").results()).hasSize(1);
        ApiClient.Response denied = cashier.get("/inventory/api/storefronts/" + airport + "/inventory/");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.text("code")).isEqualTo("PERMISSION_DENIED");
        assertThat(TestBusiness.register().owner.get("/inventory/api/storefronts/" + main + "/inventory/").status())
                .isEqualTo(404);
    }
}
