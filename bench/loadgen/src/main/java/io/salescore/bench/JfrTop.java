package io.salescore.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code loadgen jfr-top --file F.jfr [--top 25] [--text-out FILE]}: the hottest methods of a JFR recording by self
 * time (the top frame of each jdk.ExecutionSample), by total time (a method anywhere on the stack), and self time
 * by library. Reads the recording with jdk.jfr.consumer, so it works on JDK 17, whose {@code jfr} tool has no
 * {@code view} command (JDK 21+).
 */
final class JfrTop {

    private JfrTop() {
    }

    static Map<String, Object> run(Args args) throws IOException {
        Path file = Path.of(args.required("file"));
        int top = args.integer("top", 25);
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> libraries = new HashMap<>();
        long samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            String first = name(frames.get(0));
            self.merge(first, 1L, Long::sum);
            libraries.merge(library(frames), 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (seen.add(n)) {
                    total.merge(n, 1L, Long::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "JFR %s: %d execution samples (jdk.ExecutionSample; Java code only,"
                + " threads in native code or waiting are not sampled)%n", file.getFileName(), samples));
        section(out, "Top " + top + " frames by self time (the sampled top frame)", self, samples, top);
        section(out, "Self time by library (the top frame's package; JDK frames counted for the nearest "
                + "non-JDK caller)", libraries, samples, 20);
        section(out, "Top " + top + " methods by total time (anywhere on the stack)", total, samples, top);
        String text = out.toString();
        System.err.print(text);
        if (args.has("text-out")) {
            Files.writeString(Path.of(args.required("text-out")), text);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file.toString());
        result.put("samples", samples);
        result.put("self", sorted(self, top));
        result.put("libraries", sorted(libraries, 20));
        return result;
    }

    private static void section(StringBuilder out, String title, Map<String, Long> counts, long samples, int top) {
        out.append('\n').append(title).append(":\n");
        for (Map.Entry<String, Long> e : sorted(counts, top).entrySet()) {
            out.append(String.format(Locale.ROOT, "  %5.1f %%  %6d  %s%n",
                    samples == 0 ? 0 : 100.0 * e.getValue() / samples, e.getValue(), e.getKey()));
        }
    }

    private static Map<String, Long> sorted(Map<String, Long> counts, int top) {
        Map<String, Long> r = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(top)
                .forEach(e -> r.put(e.getKey(), e.getValue()));
        return r;
    }

    private static String name(RecordedFrame f) {
        RecordedMethod m = f.getMethod();
        if (m == null) {
            return "?";
        }
        return (m.getType() == null ? "?" : m.getType().getName()) + "." + m.getName();
    }

    /** The library of the first frame outside the JDK (java., jdk., sun.), so JDK work goes to its caller. */
    private static String library(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String n = name(f);
            if (n.startsWith("java.") || n.startsWith("jdk.") || n.startsWith("sun.") || n.startsWith("javax.")) {
                continue;
            }
            return group(n);
        }
        return "JDK only";
    }

    private static String group(String n) {
        String[][] known = {
                {"org.eclipse.jetty.", "Jetty"}, {"org.jdbi.", "Jdbi"}, {"org.postgresql.", "PostgreSQL JDBC"},
                {"com.zaxxer.hikari.", "HikariCP"}, {"com.fasterxml.jackson.", "Jackson"},
                {"io.salescore.", "Sales Core"}, {"org.slf4j.", "logging"}, {"ch.qos.logback.", "logging"},
                {"org.flywaydb.", "Flyway"}, {"io.javalin.", "Javalin"}};
        for (String[] k : known) {
            if (n.startsWith(k[0])) {
                return k[1] + " (" + k[0] + "*)";
            }
        }
        int dot = n.indexOf('.', n.indexOf('.') + 1);
        return dot > 0 ? n.substring(0, dot) + ".*" : n;
    }
}
