package io.salescore.bootstrap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client for end-to-end tests: JSON in, {@link Response} out, with an optional token. Every exchange is
 * checked against the OpenAPI document ({@link OpenApiContract}): a test fails when the server answers outside it.
 */
public final class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String baseUrl;
    private final String token;
    private final Map<String, String> headers;

    public ApiClient(String baseUrl, String token) {
        this(baseUrl, token, Map.of());
    }

    private ApiClient(String baseUrl, String token, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.headers = headers;
    }

    public ApiClient withToken(String newToken) {
        return new ApiClient(baseUrl, newToken, headers);
    }

    /** The same client against another server (another instance on the same database). */
    public ApiClient withBaseUrl(String otherBaseUrl) {
        return new ApiClient(otherBaseUrl, token, headers);
    }

    /** A client that sends one more header on every request. */
    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(baseUrl, token, more);
    }

    public String token() {
        return token;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends {@code body} as JSON (a String is sent as it is, raw). */
    public Response send(String method, String path, Object body) {
        try {
            String payload = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(payload));
            Map<String, String> sent = new LinkedHashMap<>();
            if (payload != null) {
                sent.put("Content-Type", "application/json");
            }
            if (token != null) {
                sent.put("Authorization", "Token " + token);
            }
            sent.putAll(headers);
            sent.forEach(request::header);
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            OpenApiContract.get().check(method, response.uri(), sent, payload, response);
            return new Response(response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers and the body parsed as JSON when it is JSON. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + raw.body(), e);
            }
        }

        /**
         * The items of a list answer: its DRF page object {@code {count, next, previous, results}} is checked
         * (count matches {@code X-Total-Count}) and its {@code results} returned.
         */
        public JsonNode results() {
            JsonNode page = json();
            if (!page.isObject() || !page.has("results") || !page.get("results").isArray()
                    || !page.has("count") || !page.has("next") || !page.has("previous")) {
                throw new AssertionError("Not a list page: " + this);
            }
            String total = header("X-Total-Count");
            if (total != null && page.get("count").asLong() != Long.parseLong(total)) {
                throw new AssertionError("count differs from X-Total-Count: " + this);
            }
            return page.get("results");
        }

        /** A string field of the JSON body. */
        public String text(String field) {
            JsonNode node = json().get(field);
            return node == null || node.isNull() ? null : node.asText();
        }

        public String id() {
            return text("id");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return raw.request().method() + " " + raw.uri() + " -> " + raw.statusCode() + " " + raw.body();
        }
    }
}
