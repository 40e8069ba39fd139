package io.salescore.bootstrap.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every route the server registered ({@code HttpApi.registry().routes()}), and its path with the parameters filled
 * in: a parameter takes the id of the kind of resource named before it ({@code /storefronts/{id}/} → a storefront)
 * or by its own name ({@code {product}} → a product).
 */
public final class RoutePaths {

    private RoutePaths() {
    }

    /** One method on one route pattern. */
    public record Route(String method, String pattern) {

        public boolean hasPathIds() {
            return pattern.contains("{");
        }

        /** The kinds of resource its parameters name, in order ({@code storefronts}, {@code products}, ...). */
        public List<String> kinds() {
            List<String> kinds = new ArrayList<>();
            String[] parts = pattern.split("/");
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].startsWith("{")) {
                    kinds.add(kindOf(parts, i));
                }
            }
            return kinds;
        }

        /** The path with each parameter replaced by {@code idOf(kind)}. */
        public String path(Function<String, String> idOf) {
            String[] parts = pattern.split("/", -1);
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].startsWith("{")) {
                    parts[i] = idOf.apply(kindOf(parts, i));
                }
            }
            return String.join("/", parts);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private static String kindOf(String[] parts, int i) {
        String name = parts[i].substring(1, parts[i].length() - 1);
        return switch (name) {
            case "storefront" -> "storefronts";
            case "product" -> "products";
            default -> parts[i - 1];
        };
    }

    /** Every (method, pattern) of the running test server, sorted. */
    public static List<Route> all(TestServer server) {
        Map<String, Set<String>> routes = new TreeMap<>(server.app().http().registry().routes());
        List<Route> all = new ArrayList<>();
        routes.forEach((pattern, methods) -> methods.stream().sorted().forEach(m -> all.add(new Route(m, pattern))));
        return all;
    }
}
