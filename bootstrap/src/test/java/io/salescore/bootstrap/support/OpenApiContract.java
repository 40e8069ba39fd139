package io.salescore.bootstrap.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescore.adapter.http.docs.DocsRoutes;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds every exchange of the end-to-end tests to the OpenAPI document the server serves
 * ({@code adapter-http/src/main/resources/openapi/openapi.json}).
 * <ul>
 *   <li>The response is always checked: status documented for the operation, headers, media type and body.</li>
 *   <li>The request is checked whenever the server took it (any answer below 400): a request the document calls
 *       invalid must not succeed, or the document and the server disagree. Tests send invalid requests on purpose
 *       (bad JSON, wrong types, bad ids, huge bodies) and get a 4xx: for those only the answer is checked.</li>
 *   <li>A path or method the document does not have (unknown routes, 405 probes, CORS preflights) can only get the
 *       JSON 404 or 405 error (or 204 for OPTIONS), checked against the document's {@code Error404} / {@code Error405}.</li>
 *   <li>A refusal of the HTTP server itself (400 {@code MALFORMED_REQUEST}, 414/431 {@code REQUEST_TOO_LARGE}) can
 *       come on any path: it is checked against the document's {@code TransportError}.</li>
 *   <li>A 500 always fails: bad input never gives a 5xx, and nothing else should either.</li>
 *   <li>Every answer carries {@code Cache-Control: no-store} (the document's conventions).</li>
 * </ul>
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator validator;
    private final OpenAPI api;
    private final SchemaValidator schemas;
    private final Map<Pattern, Set<String>> routes;

    private OpenApiContract(String document) {
        // Unknown query parameters are ignored by the server, like unknown body fields: not an error.
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        this.api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
        this.schemas = new SchemaValidator(api, new MessageResolver());
        this.routes = routes(api);
    }

    private static final class Holder {
        static final OpenApiContract INSTANCE = new OpenApiContract(document());
    }

    /** The one contract of the test JVM, built from the document on the classpath (as the server serves it). */
    public static OpenApiContract get() {
        return Holder.INSTANCE;
    }

    /** The raw document, as {@code GET /openapi.json} serves it. */
    public static String document() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(DocsRoutes.DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("No " + DocsRoutes.DOCUMENT + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public OpenAPI api() {
        return api;
    }

    /**
     * Checks one exchange; throws an {@link AssertionError} with the validator's report when it breaks the document.
     *
     * @param headers the request headers that were sent
     * @param body    the request body that was sent, or {@code null}
     */
    public void check(String method, URI uri, Map<String, String> headers, String body, HttpResponse<String> response) {
        String path = uri.getRawPath();
        int status = response.statusCode();
        String exchange = method + " " + uri + " -> " + status + " " + abbreviate(response.body());
        if (status == 500) {
            throw new AssertionError("The server failed (500) on " + exchange);
        }
        if (!"no-store".equals(response.headers().firstValue("Cache-Control").orElse(null))) {
            throw new AssertionError("Every answer carries Cache-Control: no-store: " + exchange);
        }
        if (isTransportRefusal(response)) {
            checkError("TransportError", exchange, response);
            return;
        }
        if (!documents(method, path)) {
            checkUndocumented(method, exchange, response);
            return;
        }
        if (status < 400) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
            queryParams(uri.getRawQuery()).forEach(request::withQueryParam);
            headers.forEach(request::withHeader);
            if (body != null) {
                request.withBody(body);
            }
            ValidationReport requestReport = validator.validateRequest(request.build());
            if (requestReport.hasErrors()) {
                throw new AssertionError("The server accepted a request that the OpenAPI document calls invalid: "
                        + exchange + "\n" + format(requestReport));
            }
        }
        ValidationReport responseReport = validator.validateResponse(path, Request.Method.valueOf(method),
                response(response));
        if (responseReport.hasErrors()) {
            throw new AssertionError("The answer breaks the OpenAPI document: " + exchange + "\n"
                    + format(responseReport));
        }
    }

    /** The document has this method on a path matching this one (trailing slash optional, as on the server). */
    private boolean documents(String method, String path) {
        for (Map.Entry<Pattern, Set<String>> route : routes.entrySet()) {
            if (route.getKey().matcher(path).matches()) {
                return route.getValue().contains(method);
            }
        }
        return false;
    }

    private static Map<Pattern, Set<String>> routes(OpenAPI api) {
        Map<Pattern, Set<String>> routes = new LinkedHashMap<>();
        api.getPaths().forEach((template, item) -> {
            String trimmed = template.length() > 1 && template.endsWith("/")
                    ? template.substring(0, template.length() - 1) : template;
            String regex = Arrays.stream(trimmed.split("/", -1))
                    .map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
                    .collect(Collectors.joining("/"));
            Set<String> methods = new HashSet<>();
            item.readOperationsMap().keySet().forEach(m -> methods.add(m.name()));
            routes.put(Pattern.compile(regex + "/?"), methods);
        });
        return routes;
    }

    /** An answer to a path or method the document does not list: the JSON 404 or 405, or 204 to OPTIONS. */
    private void checkUndocumented(String method, String exchange, HttpResponse<String> response) {
        int status = response.statusCode();
        if (method.equals("OPTIONS") && status == 204) {
            return;
        }
        String schema = switch (status) {
            case 404 -> "Error404";
            case 405 -> "Error405";
            default -> throw new AssertionError("A route the OpenAPI document does not have answered: " + exchange);
        };
        if (status == 405 && response.headers().firstValue("Allow").isEmpty()) {
            throw new AssertionError("405 without Allow: " + exchange);
        }
        checkError(schema, exchange, response);
    }

    /** A refusal of the HTTP server itself, before any route: MALFORMED_REQUEST, or 414/431 REQUEST_TOO_LARGE. */
    private static boolean isTransportRefusal(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 414 || status == 431) {
            return true;
        }
        if (status != 400 || response.body() == null) {
            return false;
        }
        try {
            return "MALFORMED_REQUEST".equals(JSON.readTree(response.body()).path("code").asText());
        } catch (IOException notJson) {
            return false;
        }
    }

    /** A JSON error with X-Request-Id whose body matches one of the document's error schemas. */
    private void checkError(String schema, String exchange, HttpResponse<String> response) {
        int status = response.statusCode();
        if (response.headers().firstValue("X-Request-Id").isEmpty()
                || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            throw new AssertionError("An error without X-Request-Id or not JSON: " + exchange);
        }
        ValidationReport report = schemas.validate(response.body(), api.getComponents().getSchemas().get(schema),
                "validation.response.body");
        if (report.hasErrors()) {
            throw new AssertionError("The " + status + " body breaks " + schema + ": " + exchange + "\n"
                    + format(report));
        }
    }

    private static SimpleResponse response(HttpResponse<String> response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach((name, values) -> {
            if (!name.equals(":status")) {
                builder.withHeader(name, values);
            }
        });
        String body = response.body();
        if (body != null && !body.isEmpty()) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static Map<String, List<String>> queryParams(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return s;
        }
    }

    private static String format(ValidationReport report) {
        return SimpleValidationReportFormat.getInstance().apply(report);
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }
}
