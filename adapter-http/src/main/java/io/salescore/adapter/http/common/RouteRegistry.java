package io.salescore.adapter.http.common;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.salescore.application.account.port.in.AuthenticateUseCase;
import io.salescore.domain.access.Actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where routes are declared. Authenticated routes get the caller as an {@link Actor} after the route matched
 * (so an unknown route is a 404 before any 401). It remembers the methods of every path for {@code Allow}.
 * A fixed path wins over a path with parameters that also matches it (whatever the order of declaration):
 * {@code /inventory/api/storefronts/multi-storefront-catalog/} is never {@code /inventory/api/storefronts/{id}/},
 * and another method on it is a 405.
 */
public final class RouteRegistry {

    /** A handler that runs for an authenticated caller. */
    @FunctionalInterface
    public interface ActorHandler {
        void handle(Context ctx, Actor actor) throws Exception;
    }

    /** Something that wraps authenticated POST handlers (idempotency keys). */
    @FunctionalInterface
    public interface PostWrapper {
        ActorHandler wrap(ActorHandler handler);
    }

    public static final String ACTOR = "pos.actor";
    private final RoutesConfig routes;
    private final AuthenticateUseCase authenticate;
    private final ClientAddress clientAddress;
    private final Map<String, Set<String>> methodsByPattern = new LinkedHashMap<>();
    private final Map<String, Pattern> compiled = new LinkedHashMap<>();
    private final List<String> paths = new ArrayList<>();
    /** The handlers of fixed paths (no parameter) by {@code "METHOD /normalized/path"}. */
    private final Map<String, Handler> fixedHandlers = new HashMap<>();
    private final Set<String> fixedPaths = new HashSet<>();
    private PostWrapper postWrapper = handler -> handler;
    private RequestScope requestScope = RequestScope.NONE;

    public RouteRegistry(RoutesConfig routes, AuthenticateUseCase authenticate, ClientAddress clientAddress) {
        this.routes = routes;
        this.authenticate = authenticate;
        this.clientAddress = clientAddress;
    }

    /** Runs each authenticated request, caller lookup included, inside the scope. */
    public void scopeRequests(RequestScope scope) {
        this.requestScope = scope;
    }

    public void wrapPosts(PostWrapper wrapper) {
        this.postWrapper = wrapper;
    }

    /** A GET route; HEAD runs the same handler (auth, status, headers) and the server drops the body. */
    public void get(String path, ActorHandler handler) {
        remember("GET", path);
        routes.get(path, route("GET", path, authenticated(handler)));
        routes.head(path, route("HEAD", path, authenticated(handler)));
    }

    public void post(String path, ActorHandler handler) {
        remember("POST", path);
        routes.post(path, route("POST", path, authenticated(postWrapper.wrap(handler))));
    }

    /** An authenticated POST that ignores {@code Idempotency-Key} (logout). */
    public void postIgnoringIdempotency(String path, ActorHandler handler) {
        remember("POST", path);
        routes.post(path, route("POST", path, authenticated(handler)));
    }

    public void patch(String path, ActorHandler handler) {
        remember("PATCH", path);
        routes.patch(path, route("PATCH", path, authenticated(handler)));
    }

    public void delete(String path, ActorHandler handler) {
        remember("DELETE", path);
        routes.delete(path, route("DELETE", path, authenticated(handler)));
    }

    public void publicGet(String path, Handler handler) {
        remember("GET", path);
        routes.get(path, route("GET", path, handler));
        routes.head(path, route("HEAD", path, handler));
    }

    public void publicPost(String path, Handler handler) {
        remember("POST", path);
        routes.post(path, route("POST", path, handler));
    }

    /**
     * A fixed path's handler is remembered; a handler of a path with parameters first hands a request for a fixed
     * path to that path's handler of the same method, or answers 405 when it has none (Javalin would otherwise run
     * whichever matching route was declared first).
     */
    private Handler route(String method, String path, Handler handler) {
        String normalized = normalize(path);
        if (!path.contains("{")) {
            fixedPaths.add(normalized);
            fixedHandlers.put(method + " " + normalized, handler);
            return handler;
        }
        return ctx -> {
            String concrete = normalize(ctx.path());
            if (fixedPaths.contains(concrete)) {
                Handler fixed = fixedHandlers.get(ctx.method().name() + " " + concrete);
                if (fixed == null) {
                    ErrorMapper.methodNotAllowed(ctx, this);
                } else {
                    fixed.handle(ctx);
                }
                return;
            }
            handler.handle(ctx);
        };
    }

    private Handler authenticated(ActorHandler handler) {
        return ctx -> {
            ctx.attribute(Paging.ORIGIN, clientAddress.origin(ctx));
            try (RequestScope.Open ignored = requestScope.open()) {
                handler.handle(ctx, actorOf(ctx));
            }
        };
    }

    /** Resolves (once per request) the caller from {@code Authorization: Token <key>} or {@code Bearer <key>}. */
    public Actor actorOf(Context ctx) {
        Actor cached = ctx.attribute(ACTOR);
        if (cached != null) {
            return cached;
        }
        String token = tokenOf(ctx);
        Actor actor = authenticate.authenticate(token).from(clientAddress.of(ctx), truncate(ctx.userAgent()));
        ctx.attribute(ACTOR, actor);
        return actor;
    }

    /** The caller's network address: the peer, or X-Forwarded-For's from a trusted proxy. */
    public String clientAddress(Context ctx) {
        return clientAddress.of(ctx);
    }

    /** Compiled once: {@code String.split("\\s+")} compiled the pattern on every request (bench profile). */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** The presented token, or a 401 NOT_AUTHENTICATED when none is presented. */
    public static String tokenOf(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw HttpError.notAuthenticated();
        }
        String[] parts = WHITESPACE.split(header.strip());
        if (!parts[0].equalsIgnoreCase("Token") && !parts[0].equalsIgnoreCase("Bearer")) {
            throw HttpError.notAuthenticated();
        }
        if (parts.length != 2) {
            throw io.salescore.domain.shared.AuthenticationException.invalidToken();
        }
        return parts[1];
    }

    private static String truncate(String agent) {
        return agent == null ? null : agent.length() > 512 ? agent.substring(0, 512) : agent;
    }

    private void remember(String method, String path) {
        String normalized = normalize(path);
        if (!methodsByPattern.containsKey(normalized)) {
            paths.add(path);
        }
        methodsByPattern.computeIfAbsent(normalized, p -> new LinkedHashSet<>()).add(method);
        compiled.computeIfAbsent(normalized,
                p -> Pattern.compile("^" + p.replaceAll("\\{[^/]+}", "[^/]+") + "$"));
    }

    private static String normalize(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Methods allowed on a concrete path (for {@code Allow}); OPTIONS is always answered. */
    public List<String> methodsFor(String path) {
        String normalized = normalize(path);
        Set<String> methods = new LinkedHashSet<>();
        if (fixedPaths.contains(normalized)) {
            methods.addAll(methodsByPattern.get(normalized));
        } else {
            compiled.forEach((pattern, regex) -> {
                if (regex.matcher(normalized).matches()) {
                    methods.addAll(methodsByPattern.get(pattern));
                }
            });
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return new ArrayList<>(methods);
    }

    /** Every registered path with its methods, as declared (for the OpenAPI completeness test). */
    public Map<String, Set<String>> routes() {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (String path : paths) {
            result.put(path, Set.copyOf(methodsByPattern.get(normalize(path))));
        }
        return result;
    }
}
