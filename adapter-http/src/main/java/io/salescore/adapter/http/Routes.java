package io.salescore.adapter.http;

import io.salescore.adapter.http.common.RouteRegistry;

/** A feature's HTTP routes: each handler reads the request, calls one use case and writes the answer. */
public interface Routes {

    void register(RouteRegistry api);
}
