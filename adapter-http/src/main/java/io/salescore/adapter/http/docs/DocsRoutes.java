package io.salescore.adapter.http.docs;

import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.domain.shared.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * {@code GET /openapi.json}, the hand-written OpenAPI 3.0.3 document of the API, and {@code GET /docs/}, a Swagger UI
 * page on it. Both are public. Swagger UI comes from its webjar on the classpath, never from a CDN: a shop may be
 * offline.
 */
public final class DocsRoutes implements Routes {

    /** The document, a classpath resource (tests read it from there too). */
    public static final String DOCUMENT = "/openapi/openapi.json";

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_VERSION = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    /** The Swagger UI files /docs/ serves, with their media types; nothing else of the jar is reachable. */
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "index.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    /** Our own initializer (the webjar's points at the petstore): this API's document, no online validator. */
    private static final String INITIALIZER = """
            window.onload = function () {
              window.ui = SwaggerUIBundle({
                url: "/openapi.json",
                dom_id: "#swagger-ui",
                deepLinking: true,
                validatorUrl: null,
                presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                plugins: [SwaggerUIBundle.plugins.DownloadUrl],
                layout: "StandaloneLayout"
              });
            };
            """;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Sales Core API</title>
              <link rel="stylesheet" href="/docs/swagger-ui.css">
              <link rel="stylesheet" href="/docs/index.css">
              <link rel="icon" type="image/png" href="/docs/favicon-32x32.png" sizes="32x32">
              <link rel="icon" type="image/png" href="/docs/favicon-16x16.png" sizes="16x16">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/docs/swagger-ui-bundle.js" charset="UTF-8"></script>
              <script src="/docs/swagger-ui-standalone-preset.js" charset="UTF-8"></script>
              <script src="/docs/swagger-initializer.js" charset="UTF-8"></script>
            </body>
            </html>
            """;

    private final byte[] document;
    private final String webjarRoot;

    public DocsRoutes() {
        this.document = read(DOCUMENT.substring(1));
        Properties webjar = new Properties();
        try (InputStream in = new java.io.ByteArrayInputStream(read(WEBJAR_VERSION))) {
            webjar.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.webjarRoot = WEBJAR + webjar.getProperty("version") + "/";
    }

    @Override
    public void register(RouteRegistry api) {
        api.publicGet("/openapi.json", ctx -> send(ctx, "application/json", document));
        api.publicGet("/docs/", ctx -> send(ctx, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        api.publicGet("/docs/{asset}", this::asset);
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        if (name.equals("swagger-initializer.js")) {
            send(ctx, "text/javascript; charset=utf-8", INITIALIZER.getBytes(StandardCharsets.UTF_8));
            return;
        }
        String type = ASSETS.get(name);
        if (type == null) {
            throw new NotFoundException();
        }
        send(ctx, type, read(webjarRoot + name));
    }

    private static void send(Context ctx, String contentType, byte[] bytes) {
        ctx.attribute(Json.RESPONDED, Boolean.TRUE);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.status(200).contentType(contentType).result(bytes);
    }

    private static byte[] read(String resource) {
        try (InputStream in = DocsRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
