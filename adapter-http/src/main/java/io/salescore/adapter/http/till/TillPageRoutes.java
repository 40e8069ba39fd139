package io.salescore.adapter.http.till;

import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.domain.shared.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /pos/}, the reference till page, and {@code GET /pos/{asset}}, its style sheet and ES modules. The files
 * come from the {@code till-page/src} folder of the project, copied onto the classpath by the build; nothing is
 * fetched from anywhere else (a shop may be offline). The page needs no token; it logs in through the API like any
 * frontend. Only files with a known extension directly in that folder are reachable.
 */
public final class TillPageRoutes implements Routes {

    /** Where the build puts the page's files on the classpath. */
    public static final String ROOT = "till-page/";

    static final String CSP = "default-src 'self'; frame-ancestors 'none'";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public TillPageRoutes() {
        read("index.html"); // fail at start, not at the first cashier, when the build left the page out
    }

    @Override
    public void register(RouteRegistry api) {
        api.publicGet("/pos/", ctx -> send(ctx, "index.html"));
        api.publicGet("/pos/{asset}", ctx -> send(ctx, ctx.pathParam("asset")));
    }

    private void send(Context ctx, String name) {
        int dot = name.lastIndexOf('.');
        String type = dot < 1 ? null : TYPES.get(name.substring(dot + 1));
        if (type == null || !name.matches("[a-z0-9][a-z0-9-]*\\.[a-z]+")) {
            throw new NotFoundException();
        }
        byte[] bytes = read(name);
        ctx.attribute(Json.RESPONDED, Boolean.TRUE);
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.status(200).contentType(type).result(bytes);
    }

    private byte[] read(String name) {
        return cache.computeIfAbsent(name, n -> {
            try (InputStream in = TillPageRoutes.class.getClassLoader().getResourceAsStream(ROOT + n)) {
                if (in == null) {
                    if (n.equals("index.html")) {
                        throw new IllegalStateException("Missing classpath resource " + ROOT + n
                                + " (the build copies till-page/src there)");
                    }
                    throw new NotFoundException();
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
