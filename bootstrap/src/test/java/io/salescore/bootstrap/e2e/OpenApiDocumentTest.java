package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.OpenApiContract;
import io.salescore.bootstrap.support.TestServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document: complete against the routes the server registers, well-formed, served with Swagger UI. */
class OpenApiDocumentTest {

    private final ApiClient anonymous = TestServer.get().anonymous();

    @Test
    void every_registered_route_is_documented_and_every_documented_operation_exists() {
        Set<String> registered = new TreeSet<>();
        TestServer.get().app().http().registry().routes().forEach((path, methods) ->
                methods.forEach(method -> registered.add(method + " " + normalise(path))));
        Set<String> documented = new TreeSet<>();
        OpenApiContract.get().api().getPaths().forEach((path, item) ->
                item.readOperationsMap().keySet().forEach(method -> documented.add(method.name() + " " + normalise(path))));

        Set<String> undocumented = new TreeSet<>(registered);
        undocumented.removeAll(documented);
        Set<String> unserved = new TreeSet<>(documented);
        unserved.removeAll(registered);

        assertThat(undocumented).as("routes the server registers but the OpenAPI document lacks").isEmpty();
        assertThat(unserved).as("operations the OpenAPI document lists but the server does not have").isEmpty();
        assertThat(registered).hasSizeGreaterThan(60);
    }

    /** Trailing slashes are optional on the server; path parameter names do not matter. */
    private static String normalise(String path) {
        String p = path.replaceAll("\\{[^/}]+}", "{}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    @Test
    void the_document_is_valid_openapi_3_0_3_and_follows_the_house_rules() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(OpenApiContract.document(), null, options);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");

        List<String> problems = new ArrayList<>();
        Set<String> operationIds = new TreeSet<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation op = entry.getValue();
                String name = entry.getKey() + " " + path.getKey();
                if (op.getOperationId() == null || !operationIds.add(op.getOperationId())) {
                    problems.add(name + ": missing or duplicate operationId");
                }
                if (op.getSummary() == null || op.getTags() == null || op.getTags().isEmpty()) {
                    problems.add(name + ": no summary or tag");
                }
                boolean secured = op.getSecurity() == null || !op.getSecurity().isEmpty();
                boolean database = !path.getKey().startsWith("/health/live") && !path.getKey().startsWith("/docs")
                        && !path.getKey().startsWith("/pos/")
                        && !path.getKey().equals("/openapi.json") && !path.getKey().equals("/metrics")
                        && !path.getKey().equals("/health/ready");
                require(problems, name, op, secured, "401");
                require(problems, name, op, database, "500");
                require(problems, name, op, database, "503");
                require(problems, name, op, op.getRequestBody() != null, "400");
                require(problems, name, op, op.getRequestBody() != null, "413");
                require(problems, name, op, path.getKey().contains("{"), "404");
                for (Map.Entry<String, ApiResponse> response : op.getResponses().entrySet()) {
                    ApiResponse resolved = resolve(api, response.getValue());
                    if (resolved.getHeaders() == null || !resolved.getHeaders().containsKey("X-Request-Id")) {
                        problems.add(name + " " + response.getKey() + ": no X-Request-Id header");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static ApiResponse resolve(OpenAPI api, ApiResponse response) {
        String ref = response.get$ref();
        return ref == null ? response
                : api.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static void require(List<String> problems, String name, Operation op, boolean applies, String status) {
        if (applies && !op.getResponses().containsKey(status)) {
            problems.add(name + ": no " + status + " response");
        }
    }

    @Test
    void the_document_is_served_without_a_token() {
        ApiClient.Response r = anonymous.get("/openapi.json");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode served = r.json();
        assertThat(served.get("openapi").asText()).isEqualTo("3.0.3");
        assertThat(served).isEqualTo(jsonOf(OpenApiContract.document()));
    }

    @Test
    void swagger_ui_is_served_from_the_webjar_without_a_token_and_points_at_the_document() {
        ApiClient.Response page = anonymous.get("/docs/");
        ApiClient.Response withoutSlash = anonymous.get("/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(withoutSlash.status()).isEqualTo(200);
        assertThat(page.body()).contains("/docs/swagger-ui-bundle.js").contains("/docs/swagger-ui.css")
                .doesNotContain("http://").doesNotContain("https://");
        for (String asset : List.of("swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css",
                "index.css", "favicon-32x32.png", "favicon-16x16.png")) {
            ApiClient.Response file = anonymous.get("/docs/" + asset);
            assertThat(file.status()).as(asset).isEqualTo(200);
            assertThat(file.body()).as(asset).isNotEmpty();
        }
        ApiClient.Response initializer = anonymous.get("/docs/swagger-initializer.js");
        assertThat(initializer.body()).contains("url: \"/openapi.json\"").contains("validatorUrl: null")
                .doesNotContain("petstore");
        assertThat(anonymous.get("/docs/swagger-ui-bundle.js").header("Content-Type")).startsWith("text/javascript");
        assertThat(anonymous.get("/docs/oauth2-redirect.html").status()).isEqualTo(404);
    }

    private static JsonNode jsonOf(String text) {
        try {
            return ApiClient.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
