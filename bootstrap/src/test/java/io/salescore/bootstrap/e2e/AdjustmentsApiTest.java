package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStaff;
import io.salescore.bootstrap.support.StockSetup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /inventory/api/storefronts/{id}/adjustments/}: count corrections, never below what holds keep. */
class AdjustmentsApiTest {

    private final StockSetup stock = StockSetup.newBusiness();
    private final ApiClient owner = stock.shop.owner;
    private final String main = stock.storefront("Main");
    private final String path = "/inventory/api/storefronts/" + main + "/adjustments/";

    private ApiClient.Response adjust(ApiClient client, String product, Object delta) {
        return client.post(path, Map.of("product", product, "quantity_delta", delta, "reason", "Stock count"));
    }

    @Test
    void an_adjustment_changes_the_quantity_and_records_a_movement_and_an_audit_entry() {
        String cola = stock.stocked(main, "Cola", "10");
        ApiClient.Response r = adjust(owner, cola, -3);

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode a = r.json();
        assertThat(a.fieldNames()).toIterable().containsExactly("id", "storefront", "product", "quantity_delta",
                "reason", "quantity_after", "created_at");
        assertThat(a.get("quantity_delta").toString()).isEqualTo("-3");
        assertThat(a.get("quantity_after").toString()).isEqualTo("7");
        assertThat(a.get("reason").asText()).isEqualTo("Stock count");
        JsonNode movement = stock.get("/inventory/api/stock-movements/?kind=ADJUSTMENT").get(0);
        assertThat(movement.get("reference").asText()).isEqualTo(r.id());
        assertThat(movement.get("quantity_delta").toString()).isEqualTo("-3");
        assertThat(stock.number("SELECT count(*) FROM audit_log WHERE business_id = :b AND event_type = 'stock.adjusted'"))
                .isEqualByComparingTo("1");
        assertThat(stock.get(path).get(0).get("id").asText()).isEqualTo(r.id());
        assertThat(stock.number("SELECT sum(quantity_delta) FROM stock_movement WHERE business_id = :b"))
                .isEqualByComparingTo("7");
    }

    @Test
    void never_below_what_live_holds_keep_with_available_the_unreserved_quantity() {
        String cola = stock.stocked(main, "Cola", "10");
        stock.hold(main, cola, "6", StockSetup.now().plus(Duration.ofMinutes(10)));

        ApiClient.Response r = adjust(owner, cola, -5);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(r.text("error")).isEqualTo("Unable to adjust stock below what open sales hold.");
        assertThat(r.json().at("/details/available").asText()).isEqualTo("4.00");
        assertThat(r.json().at("/details/requested").asText()).isEqualTo("5.00");
        assertThat(adjust(owner, cola, -4).json().get("quantity_after").toString()).isEqualTo("6");
    }

    @Test
    void expired_holds_stop_counting_even_before_the_sweeper_ran() {
        String cola = stock.stocked(main, "Cola", "10");
        stock.hold(main, cola, "8", StockSetup.now().minus(Duration.ofSeconds(1)));

        ApiClient.Response r = adjust(owner, cola, -9);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("quantity_after").toString()).isEqualTo("1");
        assertThat(stock.number("SELECT reserved FROM storefront_inventory WHERE business_id = :b"))
                .isEqualByComparingTo("0");
    }

    @Test
    void a_product_never_stocked_here_can_be_counted_in_but_not_out() {
        String found = stock.product("Found");
        assertThat(adjust(owner, found, -1).text("code")).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(adjust(owner, found, -1).json().at("/details/available").asText()).isEqualTo("0.00");
        ApiClient.Response in = adjust(owner, found, 2);
        assertThat(in.status()).isEqualTo(201);
        assertThat(in.json().get("quantity_after").toString()).isEqualTo("2");
    }

    @Test
    void reason_product_and_delta_are_validated() {
        String cola = stock.stocked(main, "Cola", "10");
        ApiClient.Response missing = owner.post(path, Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("details").fieldNames()).toIterable()
                .contains("product", "quantity_delta", "reason");
        assertThat(owner.post(path, Map.of("product", cola, "quantity_delta", 1, "reason", " ")).status())
                .isEqualTo(400);
        for (Object bad : new Object[] {0, "0.5", "1.001", "abc", 1_000_000}) {
            ApiClient.Response r = adjust(owner, cola, bad);
            assertThat(r.status()).as(String.valueOf(bad)).isEqualTo(400);
            assertThat(r.json().get("details").has("quantity_delta")).as(r.toString()).isTrue();
        }
        String foreign = StockSetup.newBusiness().product("Theirs");
        assertThat(adjust(owner, foreign, 1).json().at("/details/product/0").asText()).isEqualTo("Not found.");
    }

    @Test
    void managers_adjust_their_storefronts_and_cashiers_only_read() {
        String airport = stock.storefront("Airport");
        String cola = stock.stocked(main, "Cola", "10");
        ApiClient manager = TestStaff.member(stock.shop, "MANAGER", main);
        ApiClient cashier = TestStaff.member(stock.shop, "CASHIER", main);
        assertThat(adjust(manager, cola, -1).status()).isEqualTo(201);
        assertThat(manager.post("/inventory/api/storefronts/" + airport + "/adjustments/",
                Map.of("product", cola, "quantity_delta", 1, "reason", "x")).status()).isEqualTo(403);
        assertThat(cashier.post(path, "{}").status()).isEqualTo(403);
        assertThat(adjust(cashier, cola, 1).text("code")).isEqualTo("PERMISSION_DENIED");
        assertThat(cashier.get(path).results()).hasSize(1);
        assertThat(cashier.get("/inventory/api/storefronts/" + airport + "/adjustments/").status()).isEqualTo(403);
        assertThat(cashier.get(path + "?product=bad").status()).isEqualTo(400);
        assertThat(TestBusiness.register().owner.post(path, Map.of()).status()).isEqualTo(404);
    }
}
