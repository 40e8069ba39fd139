package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input on every customer and staff write endpoint: always a 4xx JSON error with a code, never a 5xx. */
class PeopleBadInputApiTest {

    private static final List<String> WEIRD_VALUES = List.of("null", "true", "0", "-1", "1e400", "-0.001",
            "99999999999999999999999", "\"\"", "\" \"", "\"a\\u0000b\"", "\"" + "x".repeat(300) + "\"", "[]",
            "[null]", "[\"1-1-1-1-1\"]", "{}", "{\"a\": 1}", "\"1.005\"", "\"NaN\"", "\"ünïcødé ✓\"");

    private static final List<String> CUSTOMER_FIELDS = List.of("name", "email", "phone", "address", "customer_type",
            "credit_limit", "credit_terms_days", "credit_blocked", "is_active");
    private static final List<String> STAFF_FIELDS = List.of("name", "email", "password", "role", "storefronts",
            "is_active");

    private static final List<String> BROKEN_BODIES = List.of("{", "[]", "\"text\"", "42", "null", "{\"name\": }",
            "{\"name\": \"a\"} trailing", "\u0000");

    private final TestBusiness shop = TestBusiness.register();

    @Test
    void no_bad_body_on_any_people_endpoint_gives_a_5xx() {
        String customer = shop.owner.post("/sales/api/customers/", Map.of("name", "Target")).id();
        String member = Staff.add(shop, "CASHIER").id();
        ApiClient cashier = Staff.add(shop, "CASHIER").client();

        List<String> problems = new ArrayList<>();
        Map<String, List<String>> endpoints = Map.of(
                "POST /sales/api/customers/", CUSTOMER_FIELDS,
                "PATCH /sales/api/customers/" + customer + "/", CUSTOMER_FIELDS,
                "POST /accounts/api/staff/", STAFF_FIELDS,
                "PATCH /accounts/api/staff/" + member + "/", STAFF_FIELDS);
        endpoints.forEach((endpoint, fields) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (String field : fields) {
                for (String value : WEIRD_VALUES) {
                    String body = "{\"" + field + "\": " + value + ", \"name\": \"N\", \"email\": \"e"
                            + Math.abs((field + value).hashCode()) + "@bad.pos\", \"password\": \"long-enough\","
                            + " \"role\": \"CASHIER\"}";
                    if (field.equals("name") || field.equals("email") || field.equals("password")
                            || field.equals("role")) {
                        body = "{\"" + field + "\": " + value + "}";
                    }
                    check(shop.owner.send(method, path, body), problems);
                    check(cashier.send(method, path, body), problems);
                }
            }
            for (String broken : BROKEN_BODIES) {
                check(shop.owner.send(method, path, broken), problems);
            }
        });

        assertThat(problems).isEmpty();
        assertThat(shop.owner.get("/health/ready").status()).isEqualTo(200);
    }

    private static void check(ApiClient.Response r, List<String> problems) {
        boolean ok = r.status() >= 200 && r.status() < 500
                && (r.status() < 300 || (r.json().hasNonNull("code") && r.json().hasNonNull("error")));
        if (!ok) {
            problems.add(r.toString());
        }
    }
}
