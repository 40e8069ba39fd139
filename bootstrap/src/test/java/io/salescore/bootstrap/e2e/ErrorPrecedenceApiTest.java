package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * http-api.md "Precedence": path ids (404) → unparsable body (400 MALFORMED_JSON, judged before anything that reads
 * the body) → role and storefront scope (403) → If-Match (412) → sale status → field validation. Each sale change
 * is sent a broken body together with each later error, and must answer the earlier one.
 */
class ErrorPrecedenceApiTest {

    private static final String BROKEN = "{\"quantity\": ";

    private TestBusiness shop;
    private ApiClient owner;
    private ApiClient outsider;
    private String sale;
    private String line;
    private String credit;

    @BeforeEach
    void setUp() {
        shop = TestBusiness.register();
        owner = shop.owner;
        TestStock stock = new TestStock(shop);
        String main = stock.storefront("Main");
        String other = stock.storefront("Other");
        TestStock.Product product = stock.product(main, "Chair", "40.00", "35.00", 20);
        String customer = stock.customer("Kwame", "1000.00");
        outsider = Staff.add(shop, "CASHIER", other).client();
        sale = owner.post("/sales/api/sales/", Map.of("storefront", main, "customer", customer)).id();
        line = owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 2)).id();
        credit = owner.post("/sales/api/sales/", Map.of("storefront", main, "customer", customer)).id();
        owner.post("/sales/api/sales/" + credit + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        owner.post("/sales/api/sales/" + credit + "/complete/", Map.of("payment_type", "CREDIT"));
    }

    private Map<String, String[]> calls() {
        Map<String, String[]> calls = new LinkedHashMap<>();
        calls.put("PATCH sale", new String[] {"PATCH", "/sales/api/sales/" + sale + "/"});
        calls.put("add_item", new String[] {"POST", "/sales/api/sales/" + sale + "/add_item/"});
        calls.put("PATCH line", new String[] {"PATCH", "/sales/api/sale-items/" + line + "/"});
        calls.put("release_reservation", new String[] {"POST", "/sales/api/sale-items/" + line + "/release_reservation/"});
        calls.put("update_customer", new String[] {"POST", "/sales/api/sales/" + sale + "/update_customer/"});
        calls.put("toggle_sale_type", new String[] {"POST", "/sales/api/sales/" + sale + "/toggle_sale_type/"});
        calls.put("complete", new String[] {"POST", "/sales/api/sales/" + sale + "/complete/"});
        calls.put("abandon", new String[] {"POST", "/sales/api/sales/" + sale + "/abandon/"});
        calls.put("record_payment", new String[] {"POST", "/sales/api/sales/" + credit + "/record_payment/"});
        calls.put("refund", new String[] {"POST", "/sales/api/sales/" + credit + "/refund/"});
        return calls;
    }

    @Test
    void an_unparsable_body_is_answered_before_the_storefront_scope_and_a_stale_if_match() {
        List<String> problems = new java.util.ArrayList<>();
        for (var call : calls().entrySet()) {
            String method = call.getValue()[0];
            String path = call.getValue()[1];
            ApiClient.Response foreign = outsider.send(method, path, BROKEN);
            ApiClient.Response stale = owner.withHeader("If-Match", "\"999\"").send(method, path, BROKEN);
            ApiClient.Response foreignValid = outsider.send(method, path, Map.of());
            if (foreign.status() != 400 || !"MALFORMED_JSON".equals(foreign.text("code"))) {
                problems.add(call.getKey() + " out of scope: " + foreign.status() + " " + foreign.body());
            }
            if (stale.status() != 400 || !"MALFORMED_JSON".equals(stale.text("code"))) {
                problems.add(call.getKey() + " stale: " + stale.status() + " " + stale.body());
            }
            if (foreignValid.status() != 403) {
                problems.add(call.getKey() + " out of scope with a readable body: " + foreignValid.status());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void an_unknown_sale_or_line_is_404_before_an_unparsable_body() {
        String unknown = "00000000-0000-7000-8000-000000000001";
        for (var call : calls().entrySet()) {
            String path = call.getValue()[1].replace(sale, unknown).replace(line, unknown).replace(credit, unknown);
            ApiClient.Response r = owner.send(call.getValue()[0], path, BROKEN);
            assertThat(r.status()).as(call.getKey()).isEqualTo(404);
        }
    }
}
