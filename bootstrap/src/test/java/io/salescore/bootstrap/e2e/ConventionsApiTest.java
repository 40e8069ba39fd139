package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP conventions every endpoint shares. */
class ConventionsApiTest {

    private final ApiClient anonymous = TestServer.get().anonymous();

    @Test
    void unknown_route_is_a_json_404_even_without_a_token() {
        ApiClient.Response r = anonymous.get("/no/such/route/");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text("code")).isEqualTo("NOT_FOUND");
        assertThat(r.text("detail")).isEqualTo("Not found.");
        assertThat(r.json().has("developer_message")).isTrue();
        assertThat(r.json().get("details").isObject()).isTrue();
    }

    @Test
    void wrong_method_is_405_with_allow_before_authentication() {
        ApiClient.Response r = anonymous.send("PUT", "/accounts/api/me/", "{}");
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.text("code")).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(r.header("Allow")).contains("GET");
    }

    @Test
    void missing_token_is_401_not_authenticated() {
        ApiClient.Response r = anonymous.get("/accounts/api/me/");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.text("code")).isEqualTo("NOT_AUTHENTICATED");
        assertThat(r.text("detail")).isEqualTo("Authentication credentials were not provided.");
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Token");
    }

    @Test
    void trailing_slash_is_optional_and_responses_carry_request_id_and_no_store() {
        TestBusiness shop = TestBusiness.register();
        ApiClient.Response with = shop.owner.get("/accounts/api/me/");
        ApiClient.Response without = shop.owner.withHeader("X-Request-Id", "till-7-42").get("/accounts/api/me");
        assertThat(with.status()).isEqualTo(200);
        assertThat(without.status()).isEqualTo(200);
        assertThat(with.header("X-Request-Id")).isNotBlank();
        assertThat(without.header("X-Request-Id")).isEqualTo("till-7-42");
        assertThat(with.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void options_is_answered_204_without_a_token() {
        ApiClient.Response r = anonymous.send("OPTIONS", "/sales/api/sales/", null);
        assertThat(r.status()).isEqualTo(204);
    }

    @Test
    void malformed_json_and_non_object_bodies_are_400_malformed_json() {
        ApiClient.Response broken = anonymous.post("/accounts/api/auth/login/", "{\"email\": ");
        ApiClient.Response array = anonymous.post("/accounts/api/auth/login/", "[1,2]");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.text("code")).isEqualTo("MALFORMED_JSON");
        assertThat(array.text("code")).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void wrong_json_types_are_validation_errors_naming_each_field() {
        ApiClient.Response r = anonymous.post("/accounts/api/auth/login/", "{\"email\": 5, \"password\": true}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(r.json().get("details").has("email")).isTrue();
        assertThat(r.json().get("details").has("password")).isTrue();
    }

    @Test
    void body_over_one_mebibyte_is_413() {
        String big = "{\"email\": \"" + "a".repeat(1024 * 1024 + 10) + "\"}";
        ApiClient.Response r = anonymous.post("/accounts/api/auth/login/", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.text("code")).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void health_endpoints_answer_without_a_token() {
        assertThat(anonymous.get("/health/live").status()).isEqualTo(200);
        ApiClient.Response ready = anonymous.get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.text("database")).isEqualTo("UP");
        assertThat(ready.json().has("sweeper")).isTrue();
    }
}
