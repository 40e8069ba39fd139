package io.salescore.adapter.http.common;

import io.javalin.http.Context;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code ?page=&page_size=} in; out, the page object of Django REST framework's {@code PageNumberPagination}
 * ({@code {count, next, previous, results}}, absolute links) that frontends written for the old backend read,
 * plus {@code X-Total-Count} and {@code Link}.
 */
public final class Paging {

    /** Request attribute holding the caller's origin (set by {@link RouteRegistry}); the request's own otherwise. */
    static final String ORIGIN = "pos.origin";

    private Paging() {
    }

    public static PageRequest request(Context ctx) {
        return new PageRequest(intParam(ctx, "page", 1, Integer.MAX_VALUE, 1),
                intParam(ctx, "page_size", 1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE));
    }

    /** The sale catalogue's paging: {@code page_size} 1 to 5 000, default 5 000, larger values clamped. */
    public static PageRequest catalogueRequest(Context ctx) {
        int size = intParam(ctx, "page_size", 1, 999_999_999, PageRequest.CATALOGUE_MAX_SIZE);
        return new PageRequest(intParam(ctx, "page", 1, Integer.MAX_VALUE, 1),
                Math.min(size, PageRequest.CATALOGUE_MAX_SIZE));
    }

    private static int intParam(Context ctx, String name, int min, int max, int fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        if (!raw.matches("^\\d{1,9}$")) {
            throw HttpError.badQueryParameter(name, "Must be a whole number from " + min + " to " + max + ".");
        }
        int value = Integer.parseInt(raw);
        if (value < min || value > max) {
            throw HttpError.badQueryParameter(name, "Must be a whole number from " + min + " to " + max + ".");
        }
        return value;
    }

    /** Writes the page object with the paging headers. */
    public static <T> void write(Context ctx, Page<T> page) {
        Map<String, Object> body = envelope(ctx, page);
        body.put("results", page.items());
        Json.ok(ctx, body);
    }

    /**
     * {@code count}, {@code next} and {@code previous} of a page (the items are the caller's to add under their
     * key), with the paging headers set.
     */
    public static Map<String, Object> envelope(Context ctx, Page<?> page) {
        ctx.header("X-Total-Count", Long.toString(page.total()));
        String next = page.hasNext() ? link(ctx, page.request().page() + 1, page.request().size()) : null;
        String previous = page.hasPrevious() ? link(ctx, page.request().page() - 1, page.request().size()) : null;
        StringJoiner links = new StringJoiner(", ");
        if (next != null) {
            links.add("<" + next + ">; rel=\"next\"");
        }
        if (previous != null) {
            links.add("<" + previous + ">; rel=\"prev\"");
        }
        if (links.length() > 0) {
            ctx.header("Link", links.toString());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", page.total());
        body.put("next", next);
        body.put("previous", previous);
        return body;
    }

    private static String link(Context ctx, int page, int size) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
            if (param.getKey().equals("page") || param.getKey().equals("page_size")) {
                continue;
            }
            for (String value : param.getValue()) {
                query.add(encode(param.getKey()) + "=" + encode(value));
            }
        }
        query.add("page=" + page);
        query.add("page_size=" + size);
        String origin = ctx.attribute(ORIGIN);
        return (origin != null ? origin : ctx.scheme() + "://" + ctx.host()) + ctx.path() + "?" + query;
    }

    /** The request's scheme and host ({@code X-Forwarded-*} only from trusted proxies), for absolute links. */
    public static String origin(Context ctx) {
        String origin = ctx.attribute(ORIGIN);
        return origin != null ? origin : ctx.scheme() + "://" + ctx.host();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
