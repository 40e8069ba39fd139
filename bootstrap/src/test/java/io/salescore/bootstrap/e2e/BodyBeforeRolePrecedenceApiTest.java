package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * http-api.md "Precedence": an unparsable body (400 MALFORMED_JSON) is answered before the role check (403), on the
 * catalogue, stock and staff writes a cashier may not make, as on the sale changes ({@code ErrorPrecedenceApiTest}).
 * A readable body gets the 403, so each call below is one the cashier is refused.
 */
class BodyBeforeRolePrecedenceApiTest {

    private static final String BROKEN = "{\"name\": ";

    private ApiClient cashier;
    private ApiClient otherCashier;
    private String session;
    private final Map<String, String[]> calls = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        TestBusiness shop = TestBusiness.register();
        TestStock stock = new TestStock(shop);
        String main = stock.storefront("Main");
        TestStock.Product product = stock.product(main, "Chair", "40.00", "35.00", 20);
        String warehouse = shop.owner.get("/inventory/api/warehouses/").json().get("results").get(0).get("id").asText();
        Staff.Member manager = Staff.add(shop, "MANAGER", main);
        cashier = Staff.add(shop, "CASHIER", main).client();
        otherCashier = Staff.add(shop, "CASHIER", main).client();
        session = cashier.post("/sales/api/sessions/", Map.of("storefront", main, "opening_float", "20.00")).id();
        calls.put("POST product", new String[] {"POST", "/inventory/api/products/"});
        calls.put("PATCH product", new String[] {"PATCH", "/inventory/api/products/" + product.id() + "/"});
        calls.put("POST stock-product", new String[] {"POST", "/inventory/api/stock-products/"});
        calls.put("PATCH stock-product", new String[] {"PATCH", "/inventory/api/stock-products/" + product.batch() + "/"});
        calls.put("POST warehouse", new String[] {"POST", "/inventory/api/warehouses/"});
        calls.put("PATCH warehouse", new String[] {"PATCH", "/inventory/api/warehouses/" + warehouse + "/"});
        calls.put("POST storefront", new String[] {"POST", "/inventory/api/storefronts/"});
        calls.put("PATCH storefront", new String[] {"PATCH", "/inventory/api/storefronts/" + main + "/"});
        calls.put("POST transfer", new String[] {"POST", "/inventory/api/transfers/"});
        calls.put("POST adjustment", new String[] {"POST", "/inventory/api/storefronts/" + main + "/adjustments/"});
        calls.put("POST staff", new String[] {"POST", "/accounts/api/staff/"});
        calls.put("PATCH staff", new String[] {"PATCH", "/accounts/api/staff/" + manager.id() + "/"});
        calls.put("PATCH customer", new String[] {"PATCH", "/sales/api/customers/" + stock.customer("Ama", "0.00") + "/"});
    }

    @Test
    void an_unparsable_body_is_answered_before_the_role_check() {
        List<String> problems = new ArrayList<>();
        for (var call : calls.entrySet()) {
            String method = call.getValue()[0];
            String path = call.getValue()[1];
            ApiClient.Response readable = cashier.send(method, path, Map.of());
            if (readable.status() != 403) {
                problems.add(call.getKey() + " with a readable body: " + readable.status() + " " + readable.body());
            }
            ApiClient.Response broken = cashier.send(method, path, BROKEN);
            if (broken.status() != 400 || !"MALFORMED_JSON".equals(broken.text("code"))) {
                problems.add(call.getKey() + " with an unparsable body: " + broken.status() + " " + broken.body());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_till_session_is_404_before_its_body_and_another_cashiers_is_400_before_403() {
        List<String> problems = new ArrayList<>();
        for (String action : List.of("cash_movements", "close")) {
            String unknown = "/sales/api/sessions/" + java.util.UUID.randomUUID() + "/" + action + "/";
            String theirs = "/sales/api/sessions/" + session + "/" + action + "/";
            expect(problems, action + " unknown, broken body", cashier.post(unknown, BROKEN), 404, "NOT_FOUND");
            expect(problems, action + " another's, broken body", otherCashier.post(theirs, BROKEN), 400,
                    "MALFORMED_JSON");
            expect(problems, action + " another's, readable body", otherCashier.post(theirs, "{}"), 403,
                    "PERMISSION_DENIED");
        }
        assertThat(problems).isEmpty();
        assertThat(cashier.get("/sales/api/sessions/" + session + "/").text("status")).isEqualTo("OPEN");
    }

    private static void expect(List<String> problems, String what, ApiClient.Response r, int status, String code) {
        if (r.status() != status || !code.equals(r.text("code"))) {
            problems.add(what + ": " + r.status() + " " + r.body());
        }
    }
}
