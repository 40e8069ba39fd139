package io.salescore.adapter.http.common;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.salescore.application.common.DatabaseUnavailableException;
import io.salescore.domain.shared.AuthenticationException;
import io.salescore.domain.shared.DomainException;
import io.salescore.domain.shared.PreconditionFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where failures become HTTP answers: status by the refusal's kind, and the error body every
 * client parses, {@code {error, code, developer_message, details, ...}} (401 and 404 also keep DRF's
 * {@code detail}).
 */
public final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    /** The status of a domain refusal: its kind decides (the switch is exhaustive, so a new kind needs a status). */
    public static int statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case REFUSED -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE -> 412;
            case UNPROCESSABLE -> 422;
            case THROTTLED -> 429;
        };
    }

    public static void domain(DomainException e, Context ctx) {
        Map<String, Object> body = body(e.getMessage(), e.code(), e.developerMessage(), e.details());
        e.extra().forEach(body::putIfAbsent);
        int status = statusOf(e.kind());
        if (e instanceof AuthenticationException auth) {
            if (auth.retryAfter() != null) {
                ctx.header("Retry-After", Long.toString(Math.max(1, auth.retryAfter().toSeconds())));
            }
            if (status == 401) {
                ctx.header("WWW-Authenticate", "Token");
            }
        }
        if (status == 429 && e.details().get("retry_after") instanceof Number seconds) {
            ctx.header("Retry-After", Long.toString(Math.max(1, seconds.longValue())));
        }
        if (e instanceof PreconditionFailedException stale) {
            ctx.header("ETag", "\"" + stale.currentVersion() + "\"");
        }
        send(ctx, status, body);
    }

    public static void http(HttpError e, Context ctx) {
        if (e.status() == 401) {
            ctx.header("WWW-Authenticate", "Token");
        }
        send(ctx, e.status(), body(e.getMessage(), e.code(), "", e.details()));
    }

    /** Javalin's own refusals: unknown route, wrong method, body too large. */
    public static void javalin(HttpResponseException e, Context ctx, RouteRegistry registry) {
        switch (e.getStatus()) {
            case 404 -> notFound(ctx);
            case 405 -> methodNotAllowed(ctx, registry);
            case 413 -> http(HttpError.payloadTooLarge(), ctx);
            default -> send(ctx, e.getStatus(), body(e.getMessage(), e.getStatus() >= 500 ? "INTERNAL_ERROR"
                    : "VALIDATION_ERROR", "", Map.of()));
        }
    }

    /** The body for a refusal the HTTP server makes itself, before any route runs (see {@link JsonErrorHandler}). */
    public static Map<String, Object> transportError(int status) {
        Map<String, Object> body = switch (status) {
            case 404 -> body("Not found.", "NOT_FOUND", "", Map.of());
            case 413 -> body("The request body is larger than 1 MiB.", "PAYLOAD_TOO_LARGE", "", Map.of());
            case 414, 431 -> body("The request line or headers are too large.", "REQUEST_TOO_LARGE", "", Map.of());
            default -> status >= 500
                    ? body("Something went wrong on our side. Please try again.", "INTERNAL_ERROR", "", Map.of())
                    : body("The request could not be read.", "MALFORMED_REQUEST",
                    "HTTP " + status + ": the request line, URI or headers are not valid HTTP.", Map.of());
        };
        if (status == 401 || status == 403 || status == 404) {
            body.put("detail", body.get("error"));
        }
        return body;
    }

    public static void notFound(Context ctx) {
        send(ctx, 404, body("Not found.", "NOT_FOUND", "", Map.of()));
    }

    public static void methodNotAllowed(Context ctx, RouteRegistry registry) {
        String allow = String.join(", ", registry.methodsFor(ctx.path()));
        if (allow.isEmpty()) {
            notFound(ctx);
            return;
        }
        ctx.header("Allow", allow);
        send(ctx, 405, body("Method \"" + ctx.method() + "\" not allowed.", "METHOD_NOT_ALLOWED", "",
                Map.of("allow", allow)));
    }

    public static void unavailable(DatabaseUnavailableException e, Context ctx) {
        LOG.warn("Database unavailable on {} {}: {}", ctx.method(), ctx.path(), rootMessage(e));
        ctx.header("Retry-After", "5");
        send(ctx, 503, body("The service is temporarily unavailable. Please try again shortly.",
                "DATABASE_UNAVAILABLE", "The database is not answering.", Map.of()));
    }

    public static void unexpected(Exception e, Context ctx) {
        LOG.error("Unexpected failure on {} {} (request {})", ctx.method(), ctx.path(),
                ctx.attribute("pos.requestId"), e);
        send(ctx, 500, body("Something went wrong on our side. Please try again.", "INTERNAL_ERROR", "", Map.of()));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static Map<String, Object> body(String error, String code, String developerMessage, Map<String, ?> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("code", code);
        body.put("developer_message", developerMessage == null ? "" : developerMessage);
        body.put("details", details == null ? Map.of() : details);
        return body;
    }

    private static void send(Context ctx, int status, Map<String, Object> body) {
        if (status == 401 || status == 403 || status == 404) {
            body.put("detail", body.get("error"));
        }
        Json.write(ctx, status, body);
    }
}
