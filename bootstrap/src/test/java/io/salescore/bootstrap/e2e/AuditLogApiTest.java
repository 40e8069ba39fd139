package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log API: every event of the sale lifecycle, newest first, filtered, paged and scoped by role. */
class AuditLogApiTest {

    private final TestBusiness shop = TestBusiness.register();
    private final ApiClient owner = shop.owner.withHeader("User-Agent", "till-app/2.1");
    private final TestStock stock = new TestStock(shop);
    private final String storefront = stock.storefront("Main");
    private final TestStock.Product product = stock.product(storefront, "Kettle", "30.00", "25.00", 10);

    private List<String> types(JsonNode entries) {
        List<String> types = new ArrayList<>();
        entries.forEach(e -> types.add(e.get("event_type").asText()));
        return types;
    }

    @Test
    void a_sale_lifecycle_leaves_every_event_newest_first_with_who_and_from_where() {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        String line = owner.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", 2)).id();
        owner.patch("/sales/api/sale-items/" + line + "/", Map.of("quantity", 1));
        owner.post("/sales/api/sales/" + sale + "/toggle_sale_type/", Map.of("type", "WHOLESALE"));
        owner.patch("/sales/api/sales/" + sale + "/", Map.of("notes", "gift"));
        owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", "25.00", "payment_method", "CASH"))));

        ApiClient.Response r = owner.get("/sales/api/audit-logs/?sale=" + sale);

        assertThat(r.status()).isEqualTo(200);
        assertThat(types(r.results())).containsExactly("sale.completed", "stock.committed", "sale.updated",
                "sale.type_changed", "stock.released", "sale_item.updated", "stock.reserved", "sale_item.added",
                "sale.created");
        assertThat(r.header("X-Total-Count")).isEqualTo("9");
        JsonNode entry = r.results().get(0);
        for (String key : List.of("id", "event_type", "timestamp", "user", "user_name", "sale", "sale_item",
                "customer", "payment", "event_data", "description", "ip_address", "user_agent")) {
            assertThat(entry.has(key)).as(key).isTrue();
        }
        assertThat(entry.get("user_agent").asText()).isEqualTo("till-app/2.1");
        assertThat(entry.get("ip_address").asText()).isNotBlank();
        assertThat(r.results().get(4).at("/event_data/reason").asText()).isEqualTo("QUANTITY_REDUCED");
        assertThat(r.results().get(4).at("/event_data/quantity").asText()).isEqualTo("1.00");

        String id = entry.get("id").asText();
        assertThat(owner.get("/sales/api/audit-logs/" + id + "/").json().get("event_type").asText())
                .isEqualTo("sale.completed");
    }

    @Test
    void filters_paging_and_tenancy() {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));

        ApiClient.Response byType = owner.get("/sales/api/audit-logs/?event_type=stock.reserved");
        ApiClient.Response byUser = owner.get("/sales/api/audit-logs/?user=" + shop.ownerId + "&page_size=1");
        ApiClient.Response today = owner.get("/sales/api/audit-logs/?date_from=2000-01-01&date_to=2999-12-31");
        ApiClient.Response unknownSale = owner.get("/sales/api/audit-logs/?sale=00000000-0000-0000-0000-000000000003");
        ApiClient.Response badSale = owner.get("/sales/api/audit-logs/?sale=123");
        TestBusiness other = TestBusiness.register();

        assertThat(types(byType.results())).containsOnly("stock.reserved");
        assertThat(byUser.results().size()).isEqualTo(1);
        assertThat(byUser.header("Link")).contains("rel=\"next\"");
        assertThat(today.results().size()).isEqualTo(3);
        assertThat(unknownSale.results().size()).isZero();
        assertThat(badSale.status()).isEqualTo(400);
        assertThat(other.owner.get("/sales/api/audit-logs/?sale=" + sale).results().size()).isZero();
        String id = byType.results().get(0).get("id").asText();
        assertThat(other.owner.get("/sales/api/audit-logs/" + id + "/").status()).isEqualTo(404);
    }

    @Test
    void cashiers_see_only_their_storefronts_sales() {
        String elsewhere = stock.storefront("Elsewhere");
        ApiClient cashier = stock.member("CASHIER", elsewhere);
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();

        assertThat(cashier.get("/sales/api/audit-logs/").results().size()).isZero();
        String own = cashier.post("/sales/api/sales/", Map.of("storefront", elsewhere)).id();
        JsonNode seen = cashier.get("/sales/api/audit-logs/").results();
        assertThat(seen.size()).isEqualTo(1);
        assertThat(seen.get(0).get("sale").asText()).isEqualTo(own);
        String hidden = owner.get("/sales/api/audit-logs/?sale=" + sale).results().get(0).get("id").asText();
        assertThat(cashier.get("/sales/api/audit-logs/" + hidden + "/").status()).isEqualTo(404);
    }
}
