package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStaff;
import io.salescore.bootstrap.support.StockSetup;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /inventory/api/transfers/}: batch to storefront, atomic, scoped to the caller's storefronts. */
class TransfersApiTest {

    private final StockSetup stock = StockSetup.newBusiness();
    private final ApiClient owner = stock.shop.owner;
    private final String main = stock.storefront("Main");
    private final String airport = stock.storefront("Airport");
    private final String warehouse = stock.warehouse("Main Warehouse");
    private final String product = stock.product("Cola");
    private final String batch = stock.batch(product, warehouse, "20", "1.20");

    private ApiClient.Response transfer(ApiClient client, String batchId, String storefront, Object quantity) {
        return client.post("/inventory/api/transfers/", Map.of("stock_product", batchId, "storefront", storefront,
                "quantity", quantity));
    }

    @Test
    void a_transfer_moves_stock_from_the_batch_into_the_storefront_with_a_movement_and_an_audit_entry() {
        ApiClient.Response r = transfer(owner, batch, main, 8);

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode t = r.json();
        assertThat(t.fieldNames()).toIterable().containsExactly("id", "stock_product", "product", "storefront",
                "quantity", "created_at");
        assertThat(t.get("stock_product").asText()).isEqualTo(batch);
        assertThat(t.get("product").asText()).isEqualTo(product);
        assertThat(t.get("quantity").isNumber()).isTrue();
        assertThat(t.get("quantity").asInt()).isEqualTo(8);
        assertThat(stock.get("/inventory/api/stock-products/" + batch + "/").get("remaining_quantity").asInt())
                .isEqualTo(12);
        assertThat(stock.get("/inventory/api/storefronts/" + main + "/inventory/").at("/0/quantity").asInt())
                .isEqualTo(8);
        JsonNode movement = stock.get("/inventory/api/stock-movements/?storefront=" + main).get(0);
        assertThat(movement.get("kind").asText()).isEqualTo("TRANSFER_IN");
        assertThat(movement.get("reference").asText()).isEqualTo(r.id());
        assertThat(movement.get("user").asText()).isEqualTo(stock.shop.ownerId);
        assertThat(stock.number("SELECT count(*) FROM audit_log WHERE business_id = :b "
                + "AND event_type = 'stock.transferred'")).isEqualByComparingTo("1");
    }

    @Test
    void too_little_left_in_the_batch_is_insufficient_stock_and_changes_nothing() {
        transfer(owner, batch, main, "15");
        ApiClient.Response r = transfer(owner, batch, airport, "6");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(r.text("error")).isEqualTo("Unable to transfer stock: the batch has too little left.");
        assertThat(r.json().at("/details/available").asText()).isEqualTo("5.00");
        assertThat(r.json().at("/details/requested").asText()).isEqualTo("6.00");
        assertThat(stock.get("/inventory/api/storefronts/" + airport + "/inventory/")).isEmpty();
        assertThat(transfer(owner, batch, airport, "5").status()).isEqualTo(201);
        assertThat(transfer(owner, batch, airport, "1").json().at("/details/available").asText()).isEqualTo("0.00");
    }

    @Test
    void inactive_storefronts_fractions_of_pcs_and_bad_quantities_are_refused() {
        owner.delete("/inventory/api/storefronts/" + airport + "/");
        ApiClient.Response inactive = transfer(owner, batch, airport, 1);
        assertThat(inactive.status()).isEqualTo(400);
        assertThat(inactive.json().get("details").has("storefront")).isTrue();
        ApiClient.Response fraction = transfer(owner, batch, main, "1.5");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.json().get("details").has("quantity")).isTrue();
        for (Object bad : new Object[] {0, -1, "1.001", "1e3", true, 1_000_000}) {
            assertThat(transfer(owner, batch, main, bad).status()).as(String.valueOf(bad)).isEqualTo(400);
        }
        String kg = stock.product("Rice", "kg");
        assertThat(transfer(owner, stock.batch(kg, warehouse, "5", "2.00"), main, "1.25").status()).isEqualTo(201);
    }

    @Test
    void managers_transfer_into_assigned_storefronts_only_and_cashiers_never() {
        ApiClient manager = TestStaff.member(stock.shop, "MANAGER", main);
        ApiClient cashier = TestStaff.member(stock.shop, "CASHIER", main);
        assertThat(transfer(manager, batch, main, 1).status()).isEqualTo(201);
        ApiClient.Response elsewhere = transfer(manager, batch, airport, 1);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.text("code")).isEqualTo("PERMISSION_DENIED");
        assertThat(cashier.post("/inventory/api/transfers/", "{}").status()).isEqualTo(403);
        assertThat(transfer(cashier, batch, main, 1).text("code")).isEqualTo("PERMISSION_DENIED");

        assertThat(cashier.get("/inventory/api/transfers/").results()).hasSize(1);
        transfer(owner, batch, airport, 2);
        assertThat(manager.get("/inventory/api/transfers/").results()).hasSize(1);
        assertThat(owner.get("/inventory/api/transfers/").results()).hasSize(2);
        assertThat(manager.get("/inventory/api/transfers/?storefront=" + airport).status()).isEqualTo(403);
    }

    @Test
    void foreign_ids_in_the_body_are_not_found_and_in_filters_match_nothing() {
        StockSetup other = StockSetup.newBusiness();
        String theirStorefront = other.storefront("Theirs");
        String theirBatch = other.batch(other.product("Theirs"), other.warehouse("Theirs"), "5", "1.00");

        ApiClient.Response r = transfer(owner, theirBatch, theirStorefront, 1);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(r.json().at("/details/stock_product/0").asText()).isEqualTo("Not found.");
        assertThat(r.json().at("/details/storefront/0").asText()).isEqualTo("Not found.");
        assertThat(transfer(owner, "not-a-uuid", main, 1).json().at("/details/stock_product/0").asText())
                .isEqualTo("Must be a valid UUID.");
        assertThat(other.number("SELECT remaining_quantity FROM stock_product WHERE business_id = :b"))
                .isEqualByComparingTo("5");

        transfer(owner, batch, main, 1);
        assertThat(owner.get("/inventory/api/transfers/?storefront=" + theirStorefront).results()).isEmpty();
        assertThat(owner.get("/inventory/api/transfers/?stock_product=" + theirBatch).results()).isEmpty();
        assertThat(owner.get("/inventory/api/transfers/?product=" + UUID.randomUUID()).results()).isEmpty();
        assertThat(owner.get("/inventory/api/transfers/?product=" + product).results()).hasSize(1);
        assertThat(owner.get("/inventory/api/transfers/?storefront=xyz").status()).isEqualTo(400);
        assertThat(TestBusiness.register().owner.get("/inventory/api/transfers/").results()).isEmpty();
    }
}
