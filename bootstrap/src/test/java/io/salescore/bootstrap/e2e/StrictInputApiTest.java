package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Strict input: HEAD runs the GET route, JSON is strict (also under Idempotency-Key), bad HTTP versions are 400. */
class StrictInputApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> head(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.get().baseUrl() + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Token " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void head_runs_the_get_route_with_its_auth_and_status_and_drops_the_body() throws Exception {
        TestBusiness shop = TestBusiness.register();

        HttpResponse<String> anonymous = head("/accounts/api/me/", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Token");

        HttpResponse<String> me = head("/accounts/api/me/", shop.owner.token());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).isEmpty();
        assertThat(me.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(me.headers().firstValue("Cache-Control")).hasValue("no-store");

        assertThat(head("/sales/api/sales/" + UUID.randomUUID() + "/", shop.owner.token()).statusCode())
                .isEqualTo(404);
        assertThat(head("/sales/api/customers/", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void head_health_ready_answers_as_get_does() throws Exception {
        HttpResponse<String> ready = head("/health/ready", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEmpty();
        assertThat(ready.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": \"A\"} garbage", "{\"name\": \"A\"}{\"name\": \"B\"}",
            "{\"name\": \"A\", \"name\": \"B\"}", "{\"name\": \"A\", \"notes\": {\"x\": 1, \"x\": 2}}"})
    void trailing_content_and_duplicate_keys_are_malformed_json(String body) {
        TestBusiness shop = TestBusiness.register();
        ApiClient.Response r = shop.owner.post("/sales/api/customers/", body);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void a_retry_with_trailing_content_or_a_duplicate_key_is_not_a_replay_of_the_clean_request() {
        TestBusiness shop = TestBusiness.register();
        ApiClient keyed = shop.owner.withHeader("Idempotency-Key", "strict-" + UUID.randomUUID());
        ApiClient.Response first = keyed.post("/sales/api/customers/", "{\"name\": \"Clean\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        ApiClient.Response trailing = keyed.post("/sales/api/customers/", "{\"name\": \"Clean\"} {}");
        assertThat(trailing.status()).as(trailing.toString()).isEqualTo(400);
        assertThat(trailing.text("code")).isEqualTo("MALFORMED_JSON");
        assertThat(trailing.header("Idempotent-Replayed")).isNull();

        ApiClient.Response duplicate = keyed.post("/sales/api/customers/",
                "{\"name\": \"Clean\", \"name\": \"Clean\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.text("code")).isEqualTo("MALFORMED_JSON");

        ApiClient.Response replay = keyed.post("/sales/api/customers/", "{\"name\": \"Clean\"}");
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/1.2", "FOO/1.1", "HTTP/9.9"})
    void a_malformed_http_version_is_a_client_error(String version) throws Exception {
        URI base = URI.create(TestServer.get().baseUrl());
        String answer;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /health/live " + version + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            in.transferTo(read);
            answer = read.toString(StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("\"code\":\"MALFORMED_REQUEST\"").doesNotContain("INTERNAL_ERROR");
    }
}
