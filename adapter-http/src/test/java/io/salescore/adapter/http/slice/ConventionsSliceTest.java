package io.salescore.adapter.http.slice;

import io.salescore.domain.sale.Sale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * What every route shares: 404 before 405 before 401, the 401 answers, {@code Allow} on 405, OPTIONS, CORS for the
 * listed origin only, {@code X-Request-Id}, {@code Cache-Control: no-store}, optional trailing slashes and the
 * server's own refusals (headers too large, body too large) as JSON.
 */
class ConventionsSliceTest extends HttpSliceTest {

    private static final Map<String, Object> NOT_FOUND = Map.of("error", "Not found.", "code", "NOT_FOUND",
            "developer_message", "", "details", Map.of(), "detail", "Not found.");

    // ---- 404 before 401 -----------------------------------------------------------------------------------

    @Test
    void an_unknown_path_without_a_token_is_404_json() {
        Response r = anonymous("GET", "/sales/api/no-such-thing/", null);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.map()).isEqualTo(NOT_FOUND);
        assertThat(r.header("WWW-Authenticate")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "DELETE", "PATCH"})
    void an_unknown_path_with_a_bad_token_is_404_and_the_token_is_never_looked_at(String method) {
        Response r = anonymous(method, "/no/such/route/", "{}", "Authorization", "Token not-a-real-token");

        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertThat(r.map()).isEqualTo(NOT_FOUND);
        assertThat(authenticated).isEmpty();
    }

    @Test
    void a_known_path_without_a_token_is_401_not_authenticated() {
        Response r = anonymous("GET", "/sales/api/sales/" + UUID.randomUUID() + "/", null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Token");
        assertThat(r.map()).isEqualTo(Map.of("error", "Authentication credentials were not provided.",
                "code", "NOT_AUTHENTICATED", "developer_message", "", "details", Map.of(),
                "detail", "Authentication credentials were not provided."));
        assertThat(authenticated).isEmpty();
        verifyNoInteractions(get);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic eA==", "   ", "Tokens abc"})
    void an_authorization_that_is_not_a_token_is_401_not_authenticated(String authorization) {
        Response r = anonymous("POST", "/sales/api/sales/", "{}", "Authorization", authorization);

        assertThat(r.status()).as(r.toString()).isEqualTo(401);
        assertThat(r.json().get("code").asText()).isEqualTo("NOT_AUTHENTICATED");
        assertThat(authenticated).isEmpty();
        verifyNoInteractions(create);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Token", "Bearer a b", "Token wrong-token"})
    void a_token_that_is_malformed_or_unknown_is_401_invalid_token(String authorization) {
        Response r = anonymous("POST", "/sales/api/sales/", "{}", "Authorization", authorization);

        assertThat(r.status()).as(r.toString()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Token");
        assertThat(r.map()).isEqualTo(Map.of("error", "Invalid token.", "code", "INVALID_TOKEN",
                "developer_message", "", "details", Map.of(), "detail", "Invalid token."));
        verifyNoInteractions(create);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Token ", "Bearer ", "token ", "BEARER "})
    void token_and_bearer_schemes_in_any_case_authenticate(String scheme) {
        Sale sale = draft(2);
        when(get.get(any(), eq(sale.id()))).thenReturn(view(sale));

        Response r = anonymous("GET", salePath(sale.id()), null, "Authorization", scheme + TOKEN);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(authenticated).containsExactly(TOKEN);
    }

    // ---- 405 with Allow -----------------------------------------------------------------------------------

    @Test
    void a_wrong_method_on_a_fixed_path_is_405_with_allow_before_authentication() {
        Response r = anonymous("PUT", "/sales/api/sales/", "{}");

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("POST, GET, OPTIONS");
        assertThat(r.map()).isEqualTo(Map.of("error", "Method \"PUT\" not allowed.", "code", "METHOD_NOT_ALLOWED",
                "developer_message", "", "details", Map.of("allow", "POST, GET, OPTIONS")));
        assertThat(r.header("WWW-Authenticate")).isNull();
        assertThat(authenticated).isEmpty();
    }

    @Test
    void a_wrong_method_on_a_path_with_an_id_is_405_naming_that_paths_methods() {
        Response r = anonymous("POST", salePath(UUID.randomUUID()), "{}");

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("GET, DELETE, PATCH, OPTIONS");
        assertThat(r.json().at("/details/allow").asText()).isEqualTo("GET, DELETE, PATCH, OPTIONS");
        assertThat(r.json().get("error").asText()).isEqualTo("Method \"POST\" not allowed.");
    }

    @Test
    void a_wrong_method_on_an_action_is_405_without_the_trailing_slash_too() {
        Response r = anonymous("GET", salePath(UUID.randomUUID()) + "add_item", null);

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("POST, OPTIONS");
        verifyNoInteractions(addItem);
    }

    @Test
    void options_is_204_without_a_token() {
        Response r = anonymous("OPTIONS", "/sales/api/sales/", null);

        assertThat(r.status()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        assertThat(authenticated).isEmpty();
    }

    // ---- CORS ---------------------------------------------------------------------------------------------

    @Test
    void a_listed_origin_gets_the_cors_headers() {
        Response r = anonymous("GET", "/health/live", null, "Origin", ALLOWED_ORIGIN);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
        assertThat(r.header("Vary")).isEqualTo("Origin");
        assertThat(r.header("Access-Control-Allow-Methods")).isEqualTo("GET, POST, PATCH, DELETE, OPTIONS");
        assertThat(r.header("Access-Control-Allow-Headers"))
                .isEqualTo("Authorization, Content-Type, Idempotency-Key, If-Match, X-Request-Id");
        assertThat(r.header("Access-Control-Expose-Headers"))
                .isEqualTo("ETag, X-Total-Count, Link, X-Request-Id, Idempotent-Replayed, Retry-After");
        assertThat(r.header("Access-Control-Max-Age")).isEqualTo("600");
    }

    @Test
    void a_preflight_from_a_listed_origin_is_204_with_cors_headers_and_no_token() {
        Response r = anonymous("OPTIONS", salePath(UUID.randomUUID()) + "add_item/", null, "Origin", ALLOWED_ORIGIN,
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization, content-type, idempotency-key");

        assertThat(r.status()).isEqualTo(204);
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
        assertThat(r.header("Access-Control-Allow-Headers")).contains("Idempotency-Key", "If-Match");
        assertThat(authenticated).isEmpty();
    }

    @Test
    void errors_to_a_listed_origin_carry_cors_headers_so_the_browser_can_read_them() {
        Response r = anonymous("GET", "/sales/api/sales/", null, "Origin", ALLOWED_ORIGIN);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
        assertThat(r.header("Access-Control-Expose-Headers")).contains("X-Request-Id", "Retry-After");
    }

    @Test
    void another_origin_gets_no_cors_headers() {
        Response r = anonymous("GET", "/health/live", null, "Origin", "https://evil.example");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Access-Control-Allow-Origin")).isNull();
        assertThat(r.header("Access-Control-Allow-Methods")).isNull();
        assertThat(r.header("Vary")).isNull();
    }

    // ---- request ids, no-store, trailing slashes ----------------------------------------------------------

    @Test
    void the_callers_request_id_is_echoed_on_success_and_on_errors() {
        Response ok = anonymous("GET", "/health/live", null, "X-Request-Id", "till-7-42");
        Response notFound = anonymous("GET", "/nowhere/", null, "X-Request-Id", "till-7-43");
        Response unauthenticated = anonymous("GET", "/sales/api/sales/", null, "X-Request-Id", "till-7-44");
        Response notAllowed = anonymous("PUT", "/sales/api/sales/", null, "X-Request-Id", "till-7-45");

        assertThat(ok.header("X-Request-Id")).isEqualTo("till-7-42");
        assertThat(notFound.header("X-Request-Id")).isEqualTo("till-7-43");
        assertThat(unauthenticated.header("X-Request-Id")).isEqualTo("till-7-44");
        assertThat(notAllowed.header("X-Request-Id")).isEqualTo("till-7-45");
    }

    @Test
    void a_missing_or_unusable_request_id_is_replaced_by_a_new_uuid() {
        Response none = anonymous("GET", "/health/live", null);
        Response spaced = anonymous("GET", "/health/live", null, "X-Request-Id", "has a space");
        Response tooLong = anonymous("GET", "/health/live", null, "X-Request-Id", "x".repeat(201));
        Response longest = anonymous("GET", "/health/live", null, "X-Request-Id", "y".repeat(200));

        assertThat(none.header("X-Request-Id")).matches(UUID_FORM);
        assertThat(spaced.header("X-Request-Id")).matches(UUID_FORM);
        assertThat(tooLong.header("X-Request-Id")).matches(UUID_FORM);
        assertThat(longest.header("X-Request-Id")).isEqualTo("y".repeat(200));
        assertThat(none.header("X-Request-Id")).isNotEqualTo(spaced.header("X-Request-Id"));
    }

    @Test
    void every_answer_is_no_store() {
        Sale sale = draft(1);
        when(get.get(any(), eq(sale.id()))).thenReturn(view(sale));

        assertThat(get(salePath(sale.id())).header("Cache-Control")).isEqualTo("no-store");
        assertThat(anonymous("GET", "/health/live", null).header("Cache-Control")).isEqualTo("no-store");
        assertThat(anonymous("GET", "/nowhere/", null).header("Cache-Control")).isEqualTo("no-store");
        assertThat(anonymous("GET", "/sales/api/sales/", null).header("Cache-Control")).isEqualTo("no-store");
        assertThat(anonymous("PUT", "/sales/api/sales/", null).header("Cache-Control")).isEqualTo("no-store");
        assertThat(post("/sales/api/sales/", "[").header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void the_trailing_slash_is_optional() {
        Sale sale = draft(4);
        when(get.get(any(), eq(sale.id()))).thenReturn(view(sale));

        Response with = get(salePath(sale.id()));
        Response without = get("/sales/api/sales/" + sale.id());

        assertThat(with.status()).isEqualTo(200);
        assertThat(without.status()).isEqualTo(200);
        assertThat(without.body()).isEqualTo(with.body());
        assertThat(without.header("ETag")).isEqualTo("\"4\"");
        verify(get, org.mockito.Mockito.times(2)).get(any(), eq(sale.id()));
    }

    @Test
    void liveness_answers_up_without_a_token() {
        Response r = anonymous("GET", "/health/live", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.map()).isEqualTo(Map.of("status", "UP"));
        assertThat(authenticated).isEmpty();
    }

    // ---- refusals the server makes itself -----------------------------------------------------------------

    @Test
    void headers_too_large_are_431_json_from_the_server_itself() {
        Response r = anonymous("GET", "/sales/api/sales/", null, "Authorization", "Token " + "t".repeat(20_000),
                "X-Request-Id", "big-1");

        assertThat(r.status()).isEqualTo(431);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        assertThat(r.header("X-Request-Id")).isNotBlank();
        assertThat(r.map()).isEqualTo(Map.of("error", "The request line or headers are too large.",
                "code", "REQUEST_TOO_LARGE", "developer_message", "", "details", Map.of()));
        assertThat(authenticated).isEmpty();
    }

    @Test
    void a_body_over_one_mebibyte_is_413_and_never_reaches_the_use_case() {
        String big = "{\"storefront\": \"" + storefront + "\", \"notes\": \"" + "n".repeat(1024 * 1024) + "\"}";

        Response r = post("/sales/api/sales/", big);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.map()).isEqualTo(Map.of("error", "The request body is larger than 1 MiB.",
                "code", "PAYLOAD_TOO_LARGE", "developer_message", "", "details", Map.of()));
        verifyNoInteractions(create);
    }
}
