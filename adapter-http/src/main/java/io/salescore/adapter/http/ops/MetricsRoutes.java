package io.salescore.adapter.http.ops;

import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.RouteRegistry;

/** {@code GET /metrics}: Prometheus text, without a token (keep it off the public internet at the balancer). */
public final class MetricsRoutes implements Routes {

    private final HttpMetrics metrics;

    public MetricsRoutes(HttpMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void register(RouteRegistry api) {
        api.publicGet("/metrics", ctx -> {
            ctx.attribute(Json.RESPONDED, Boolean.TRUE);
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
        });
    }
}
