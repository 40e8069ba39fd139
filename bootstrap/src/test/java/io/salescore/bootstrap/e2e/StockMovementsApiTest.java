package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestStaff;
import io.salescore.bootstrap.support.StockSetup;
import io.salescore.bootstrap.support.TestServer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /inventory/api/stock-movements/}: the ledger, filtered and scoped. */
class StockMovementsApiTest {

    private static final String PATH = "/inventory/api/stock-movements/";

    @Test
    void the_ledger_lists_every_change_newest_first_and_filters_by_storefront_product_and_kind() {
        StockSetup stock = StockSetup.newBusiness();
        String main = stock.storefront("Main");
        String airport = stock.storefront("Airport");
        String cola = stock.stocked(main, "Cola", "5");
        String tea = stock.stocked(airport, "Tea", "4");
        stock.shop.owner.post("/inventory/api/storefronts/" + main + "/adjustments/",
                Map.of("product", cola, "quantity_delta", "-2", "reason", "Broken"));

        JsonNode all = stock.get(PATH);
        assertThat(all).hasSize(3);
        JsonNode newest = all.get(0);
        assertThat(newest.fieldNames()).toIterable().containsExactly("id", "storefront", "product", "kind",
                "quantity_delta", "reference", "user", "created_at");
        assertThat(newest.get("kind").asText()).isEqualTo("ADJUSTMENT");
        assertThat(newest.get("quantity_delta").toString()).isEqualTo("-2");
        assertThat(stock.get(PATH + "?storefront=" + airport)).hasSize(1);
        assertThat(stock.get(PATH + "?product=" + cola)).hasSize(2);
        assertThat(stock.get(PATH + "?product=" + tea + "&kind=ADJUSTMENT")).isEmpty();
        assertThat(stock.get(PATH + "?kind=TRANSFER_IN")).hasSize(2);
        assertThat(stock.shop.owner.get(PATH + "?kind=transfer_in").status()).isEqualTo(400);
        assertThat(stock.shop.owner.get(PATH + "?product=12").json().get("details").has("product")).isTrue();
        assertThat(stock.get(PATH + "?product=" + UUID.randomUUID())).isEmpty();
        ApiClient.Response page = stock.shop.owner.get(PATH + "?page_size=2");
        assertThat(page.header("X-Total-Count")).isEqualTo("3");
        assertThat(page.header("Link")).contains("page=2");
    }

    @Test
    void date_filters_are_days_in_the_business_time_zone_or_instants() {
        Instant now = TestServer.get().clock().instant();
        LocalDate utcToday = now.atZone(ZoneOffset.UTC).toLocalDate();
        // A zone whose day is not the UTC day right now, so reading the day in UTC would miss the movement.
        String zone = now.atZone(ZoneOffset.UTC).getHour() < 12 ? "Etc/GMT+12" : "Etc/GMT-14";
        LocalDate localToday = now.atZone(ZoneId.of(zone)).toLocalDate();
        assertThat(localToday).isNotEqualTo(utcToday);
        ApiClient.Response registered = TestServer.get().anonymous().post("/accounts/api/auth/register/", Map.of(
                "name", "Far Away", "email", "tz-" + UUID.randomUUID() + "@test.pos", "password", "secret-pass-1",
                "business_name", "Far Away", "timezone", zone));
        ApiClient owner = TestServer.get().anonymous().withToken(registered.text("token"));
        String storefront = owner.post("/inventory/api/storefronts/", Map.of("name", "Atoll")).id();
        String product = owner.post("/inventory/api/products/", Map.of("name", "Coconut", "sku", "C1")).id();
        String warehouse = owner.post("/inventory/api/warehouses/", Map.of("name", "Hut")).id();
        String batch = owner.post("/inventory/api/stock-products/", Map.of("product", product, "warehouse",
                warehouse, "quantity", 3, "unit_cost", 1, "retail_price", 2)).id();
        assertThat(owner.post("/inventory/api/transfers/", Map.of("stock_product", batch, "storefront", storefront,
                "quantity", 3)).status()).isEqualTo(201);

        assertThat(owner.get(PATH + "?date_from=" + localToday + "&date_to=" + localToday).results()).hasSize(1);
        assertThat(owner.get(PATH + "?date_from=" + utcToday + "&date_to=" + utcToday).results()).isEmpty();
        assertThat(owner.get(PATH + "?date_from=" + localToday.plusDays(1)).results()).isEmpty();
        assertThat(owner.get(PATH + "?date_to=" + localToday.minusDays(1)).results()).isEmpty();
        assertThat(owner.get(PATH + "?date_from=" + now.minusSeconds(60)).results()).hasSize(1);
        ApiClient.Response bad = owner.get(PATH + "?date_from=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("details").has("date_from")).isTrue();
        assertThat(StockSetup.newBusiness().get(PATH)).as("another business sees none of it").isEmpty();
    }

    @Test
    void staff_see_the_movements_of_their_storefronts_only() {
        StockSetup stock = StockSetup.newBusiness();
        String main = stock.storefront("Main");
        String airport = stock.storefront("Airport");
        stock.stocked(main, "Cola", "5");
        stock.stocked(airport, "Tea", "4");
        ApiClient cashier = TestStaff.member(stock.shop, "CASHIER", main);

        JsonNode mine = cashier.get(PATH).results();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("storefront").asText()).isEqualTo(main);
        ApiClient.Response denied = cashier.get(PATH + "?storefront=" + airport);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.text("code")).isEqualTo("PERMISSION_DENIED");
        String foreign = StockSetup.newBusiness().storefront("Theirs");
        assertThat(cashier.get(PATH + "?storefront=" + foreign).results()).isEmpty();
        assertThat(TestStaff.member(stock.shop, "MANAGER").get(PATH).results()).as("no storefronts, no movements")
                .isEmpty();
    }
}
