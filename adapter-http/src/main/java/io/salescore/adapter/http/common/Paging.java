package io.salescore.adapter.http.common;

import io.javalin.http.Context;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** {@code ?page=&page_size=} in, JSON array plus {@code X-Total-Count} and {@code Link} out. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest request(Context ctx) {
        return new PageRequest(intParam(ctx, "page", 1, Integer.MAX_VALUE, 1),
                intParam(ctx, "page_size", 1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE));
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

    /** Writes the page's items as a JSON array with the paging headers. */
    public static <T> void write(Context ctx, Page<T> page) {
        ctx.header("X-Total-Count", Long.toString(page.total()));
        StringJoiner links = new StringJoiner(", ");
        if (page.hasNext()) {
            links.add("<" + link(ctx, page.request().page() + 1, page.request().size()) + ">; rel=\"next\"");
        }
        if (page.hasPrevious()) {
            links.add("<" + link(ctx, page.request().page() - 1, page.request().size()) + ">; rel=\"prev\"");
        }
        if (links.length() > 0) {
            ctx.header("Link", links.toString());
        }
        Json.ok(ctx, page.items());
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
        return ctx.path() + "?" + query;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
