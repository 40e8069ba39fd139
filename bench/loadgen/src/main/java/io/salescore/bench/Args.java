package io.salescore.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} options (and {@code --flag} alone, meaning true). */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    static Args parse(String[] argv, int from) {
        Args args = new Args();
        for (int i = from; i < argv.length; i++) {
            String a = argv[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + a);
            }
            String name = a.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                args.values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) {
                args.values.put(name, argv[++i]);
            } else {
                args.values.put(name, "true");
            }
        }
        return args;
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return v;
    }

    int integer(String name, int fallback) {
        String v = values.get(name);
        return v == null ? fallback : Integer.parseInt(v);
    }

    double number(String name, double fallback) {
        String v = values.get(name);
        return v == null ? fallback : Double.parseDouble(v);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
