package io.salescore.adapter.http.ops;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus metrics (served by {@link MetricsRoutes}): requests and latency per route and status, checkouts by status, JVM;
 * other parts of the service (pool, holds, sweeper) register their meters on {@link #registry()}.
 */
public final class HttpMetrics {

    /** Context attribute a checkout sets to the status the sale reached. */
    public static final String CHECKOUT_STATUS = "pos.checkoutStatus";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final java.util.concurrent.ConcurrentMap<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    public HttpMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text of every meter. */
    String scrape() {
        return registry.scrape();
    }

    /** Called once per request when its answer is known. */
    void record(Context ctx, String route, float millis) {
        String method = ctx.method().name();
        int status = ctx.statusCode();
        // The timer of each (method, route, status) is built once: building its id and looking it up in the
        // registry on every request showed in the bench's profile. Routes are templates, so the map stays small.
        timers.computeIfAbsent(method + ' ' + status + ' ' + route, k -> Timer.builder("http_server_requests")
                        .description("HTTP requests by method, route and status")
                        .tag("method", method)
                        .tag("route", route)
                        .tag("status", Integer.toString(status))
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(1))
                        .maximumExpectedValue(Duration.ofSeconds(10))
                        .register(registry))
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
        String checkout = ctx.attribute(CHECKOUT_STATUS);
        if (checkout != null) {
            Counter.builder("pos_checkouts").description("Completed checkouts by the status the sale reached")
                    .tag("status", checkout).register(registry).increment();
        }
    }
}
