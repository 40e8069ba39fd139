package io.salescore.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data set's ids and token as plain {@code key=value} lines (no escaping, so a shell script can read them
 * with {@code grep '^key=' | cut -d= -f2-}).
 */
final class Props {

    private final Map<String, String> values = new LinkedHashMap<>();

    static Props load(Path file) {
        Props props = new Props();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq > 0) {
                    props.values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return props;
    }

    Props put(String key, Object value) {
        values.put(key, String.valueOf(value));
        return this;
    }

    String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("The data set file has no " + key + " (run setup first)");
        }
        return v;
    }

    List<String> list(String key) {
        return List.of(get(key).split(","));
    }

    void store(Path file) {
        StringBuilder text = new StringBuilder("# Written by 'loadgen setup': the bench data set\n");
        values.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
