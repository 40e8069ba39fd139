package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** A stale If-Match on every mutating sale or line endpoint gets 412 and changes nothing; versions grow by one. */
class SaleVersionsApiTest {

    private TestBusiness shop;
    private ApiClient owner;
    private TestStock stock;
    private String storefront;
    private TestStock.Product product;
    private String customer;

    @BeforeEach
    void setUp() {
        shop = TestBusiness.register();
        owner = shop.owner;
        stock = new TestStock(shop);
        storefront = stock.storefront("Main");
        product = stock.product(storefront, "Chair", "40.00", "35.00", 20);
        customer = stock.customer("Kwame", "1000.00");
    }

    private record Call(String method, String path, Object body) {
    }

    @Test
    void a_stale_if_match_is_refused_on_every_mutating_endpoint_and_changes_nothing() {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront, "customer", customer)).id();
        String line = owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 2)).id();
        String credit = owner.post("/sales/api/sales/", Map.of("storefront", storefront, "customer", customer)).id();
        owner.post("/sales/api/sales/" + credit + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        owner.post("/sales/api/sales/" + credit + "/complete/", Map.of("payment_type", "CREDIT"));

        Map<String, Function<String, Call>> calls = new LinkedHashMap<>();
        calls.put("PATCH sale", s -> new Call("PATCH", "/sales/api/sales/" + sale + "/", Map.of("notes", "x")));
        calls.put("add_item", s -> new Call("POST", "/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1)));
        calls.put("PATCH line", s -> new Call("PATCH", "/sales/api/sale-items/" + line + "/", Map.of("quantity", 3)));
        calls.put("release_reservation", s -> new Call("POST", "/sales/api/sale-items/" + line + "/release_reservation/", Map.of()));
        calls.put("update_customer", s -> new Call("POST", "/sales/api/sales/" + sale + "/update_customer/", Map.of("customer", owner.get("/sales/api/sales/" + sale).text("customer").equals(customer) ? stock.customer("Other", "0") : customer)));
        calls.put("toggle_sale_type", s -> new Call("POST", "/sales/api/sales/" + sale + "/toggle_sale_type/", Map.of("type", "WHOLESALE")));
        calls.put("complete", s -> new Call("POST", "/sales/api/sales/" + sale + "/complete/", Map.of("payments", List.of(Map.of("amount_paid", "80.00", "payment_method", "CASH")))));
        calls.put("abandon", s -> new Call("POST", "/sales/api/sales/" + sale + "/abandon/", Map.of()));
        calls.put("DELETE line", s -> new Call("DELETE", "/sales/api/sale-items/" + line + "/", null));
        calls.put("record_payment", s -> new Call("POST", "/sales/api/sales/" + credit + "/record_payment/", Map.of("amount_paid", "1.00", "payment_method", "CASH")));

        for (var entry : calls.entrySet()) {
            Call call = entry.getValue().apply(null);
            String target = call.path().contains(credit) ? credit : sale;
            JsonNode before = owner.get("/sales/api/sales/" + target + "/").json();
            ApiClient.Response r = owner.withHeader("If-Match", "\"" + (before.get("version").asLong() + 5) + "\"")
                    .send(call.method(), call.path(), call.body());

            assertThat(r.status()).as(entry.getKey()).isEqualTo(412);
            assertThat(r.text("code")).isEqualTo("PRECONDITION_FAILED");
            assertThat(r.json().at("/details/current_version").asLong()).isEqualTo(before.get("version").asLong());
            assertThat(r.header("ETag")).isEqualTo("\"" + before.get("version").asLong() + "\"");
            assertThat(owner.get("/sales/api/sales/" + target + "/").json()).as(entry.getKey()).isEqualTo(before);
        }
        assertThat(stock.inventory(storefront, product.id())[1]).isEqualByComparingTo("2");
    }

    @Test
    void the_version_grows_by_one_per_change_and_not_on_no_ops() {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        ApiClient.Response added = owner.withHeader("If-Match", "\"1\"").post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", 1));
        String line = added.id();
        assertThat(added.header("ETag")).isEqualTo("\"2\"");
        assertThat(owner.patch("/sales/api/sale-items/" + line + "/", Map.of("quantity", 1)).header("ETag")).isEqualTo("\"2\"");
        assertThat(owner.patch("/sales/api/sales/" + sale + "/", Map.of("notes", "")).header("ETag")).isEqualTo("\"2\"");
        assertThat(owner.withHeader("If-Match", "*").patch("/sales/api/sale-items/" + line + "/", Map.of("quantity", 2))
                .json().get("sale_version").asLong()).isEqualTo(3);
        assertThat(owner.get("/sales/api/sales/" + sale + "/").header("ETag")).isEqualTo("\"3\"");
    }
}
