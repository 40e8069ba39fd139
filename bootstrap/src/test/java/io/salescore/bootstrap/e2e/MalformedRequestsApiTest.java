package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the HTTP server refuses before any route runs, and date filters beyond what the database stores: JSON
 * errors with a code, never Jetty's HTML page, never a 500. (Found by the R6 sweep.)
 */
class MalformedRequestsApiTest {

    private final TestBusiness shop = TestBusiness.register();

    private static void jsonError(ApiClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.text("code")).isEqualTo(code);
        assertThat(r.text("error")).isNotBlank();
        assertThat(r.json().has("details")).isTrue();
    }

    @Test
    void a_nul_character_in_the_path_is_a_json_error_for_every_method() {
        for (String method : new String[] {"GET", "POST", "PATCH", "DELETE"}) {
            jsonError(shop.owner.send(method, "/sales/api/sales/%00/", method.equals("GET") ? null : "{}"), 400,
                    "MALFORMED_REQUEST");
        }
    }

    @Test
    void headers_too_large_are_a_json_error_for_every_method() {
        ApiClient huge = shop.owner.withToken("t".repeat(20_000));
        for (String method : new String[] {"GET", "POST", "PATCH", "DELETE"}) {
            jsonError(huge.send(method, "/sales/api/sales/", method.equals("GET") ? null : "{}"), 431,
                    "REQUEST_TOO_LARGE");
        }
    }

    @Test
    void date_filters_beyond_the_year_9999_are_refused_on_every_list() {
        for (String list : new String[] {"/sales/api/sales/", "/sales/api/audit-logs/",
                "/inventory/api/stock-movements/"}) {
            for (String parameter : new String[] {"date_from", "date_to"}) {
                for (String value : new String[] {"%2B300000-01-01T00:00:00Z", "-290000-01-01T00:00:00Z"}) {
                    ApiClient.Response r = shop.owner.get(list + "?" + parameter + "=" + value);
                    jsonError(r, 400, "VALIDATION_ERROR");
                    assertThat(r.body()).contains(parameter);
                }
            }
            assertThat(shop.owner.get(list + "?date_from=0001-01-02&date_to=9999-12-30").status()).isEqualTo(200);
        }
    }
}
