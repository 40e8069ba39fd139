package io.salescore.adapter.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.salescore.adapter.http.common.ClientAddress;
import io.salescore.adapter.http.common.ErrorMapper;
import io.salescore.adapter.http.common.HttpError;
import io.salescore.adapter.http.common.IdempotentPosts;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.JsonBody;
import io.salescore.adapter.http.common.RequestIds;
import io.salescore.adapter.http.common.JsonErrorHandler;
import io.salescore.adapter.http.common.RequestScope;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.account.port.in.AuthenticateUseCase;
import io.salescore.application.common.DatabaseUnavailableException;
import io.salescore.application.idempotency.port.in.RunIdempotentlyUseCase;
import io.salescore.application.ops.port.in.CheckReadinessUseCase;
import io.salescore.domain.shared.DomainException;
import io.salescore.adapter.http.ops.HttpMetrics;
import io.salescore.adapter.http.ops.MetricsRoutes;
import io.salescore.adapter.http.ops.RequestLog;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The HTTP server: Javalin with the API's conventions (error bodies, request ids, no caching, CORS, trailing
 * slashes optional, 1 MiB bodies) and every feature's routes.
 */
public final class HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    public static final String REQUEST_ID = "pos.requestId";

    /** Server settings. {@code corsOrigins} empty means CORS off. */
    public record Settings(String host, int port, Set<String> corsOrigins, Set<String> trustedProxies,
                           int maxThreads, Duration shutdownTimeout) {
    }

    private final Javalin app;
    private RouteRegistry registry;

    public HttpApi(Settings settings, AuthenticateUseCase authenticate, CheckReadinessUseCase readiness,
                   RunIdempotentlyUseCase idempotency, HttpMetrics metrics, List<Routes> features,
                   Consumer<io.javalin.config.JavalinConfig> extra) {
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = JsonBody.MAX_BYTES;
            config.http.prefer405over404 = true;
            config.router.ignoreTrailingSlashes = true;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads(), Math.min(8, settings.maxThreads()));
            threads.setName("http");
            config.jetty.threadPool = threads;
            // Graceful stop: refuse new requests, let those in flight finish within the shutdown timeout.
            // Jetty's own refusals (bad URI, headers too large) answer with the API's JSON error body.
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(settings.shutdownTimeout().toMillis());
                server.insertHandler(new GracefulHandler());
                server.setErrorHandler(new JsonErrorHandler());
            });
            config.requestLogger.http(new RequestLog(metrics));

            registry = new RouteRegistry(config.routes, authenticate, new ClientAddress(settings.trustedProxies()));
            registry.wrapPosts(new IdempotentPosts(idempotency));
            config.routes.before(ctx -> conventions(ctx, settings.corsOrigins()));
            config.routes.exception(DomainException.class, ErrorMapper::domain);
            config.routes.exception(HttpError.class, ErrorMapper::http);
            config.routes.exception(DatabaseUnavailableException.class, ErrorMapper::unavailable);
            config.routes.exception(HttpResponseException.class, (e, ctx) -> ErrorMapper.javalin(e, ctx, registry));
            config.routes.exception(Exception.class, ErrorMapper::unexpected);
            config.routes.error(404, ctx -> {
                if (ctx.attribute(Json.RESPONDED) == null) {
                    ErrorMapper.notFound(ctx);
                }
            });
            config.routes.options("/*", ctx -> ctx.status(204));

            registry.publicGet("/health/live", ctx -> Json.ok(ctx, Map.of("status", "UP")));
            registry.publicGet("/health/ready", ctx -> ready(ctx, readiness));
            new MetricsRoutes(metrics).register(registry);
            for (Routes feature : features) {
                feature.register(registry);
            }
            if (extra != null) {
                extra.accept(config);
            }
        });
    }

    private static void conventions(Context ctx, Set<String> corsOrigins) {
        String requestId = RequestIds.of(ctx.header("X-Request-Id"));
        ctx.attribute(REQUEST_ID, requestId);
        ctx.header("X-Request-Id", requestId);
        ctx.header("Cache-Control", "no-store");
        String origin = ctx.header("Origin");
        if (origin != null && (corsOrigins.contains(origin) || corsOrigins.contains("*"))) {
            ctx.header("Access-Control-Allow-Origin", corsOrigins.contains("*") ? "*" : origin);
            ctx.header("Vary", "Origin");
            ctx.header("Access-Control-Allow-Methods", "GET, POST, PATCH, DELETE, OPTIONS");
            ctx.header("Access-Control-Allow-Headers",
                    "Authorization, Content-Type, Idempotency-Key, If-Match, X-Request-Id");
            ctx.header("Access-Control-Expose-Headers",
                    "ETag, X-Total-Count, Link, X-Request-Id, Idempotent-Replayed, Retry-After");
            ctx.header("Access-Control-Max-Age", "600");
        }
    }

    private static void ready(Context ctx, CheckReadinessUseCase readiness) {
        CheckReadinessUseCase.Readiness r = readiness.check();
        Map<String, Object> sweeper = new LinkedHashMap<>();
        sweeper.put("status", r.sweeperStatus());
        sweeper.put("last_run_at", Json.time(r.sweeperLastRunAt()));
        sweeper.put("last_released", r.sweeperLastReleased());
        sweeper.put("failed_runs", r.sweeperFailedRuns());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", r.databaseUp() ? "UP" : "DOWN");
        body.put("database", r.databaseUp() ? "UP" : "DOWN");
        body.put("sweeper", sweeper);
        if (!r.databaseUp()) {
            ctx.header("Retry-After", "5");
        }
        Json.write(ctx, r.databaseUp() ? 200 : 503, body);
    }

    /** Runs each authenticated request inside the scope (call before {@link #start()}). */
    public HttpApi scopeRequests(RequestScope scope) {
        registry.scopeRequests(scope);
        return this;
    }

    public HttpApi start() {
        app.start();
        LOG.info("HTTP API listening on port {}", app.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    public RouteRegistry registry() {
        return registry;
    }

    public void stop() {
        app.stop();
    }
}
