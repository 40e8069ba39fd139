package io.salescore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The table of a {@code bench/run.sh} results directory: medians over the runs of B1, B1-limit, B2, B3 (and the
 * B1 / B1-limit ratio taken in each run, then its median), B4, B5 and the SIGTERM check, against the targets of
 * quality.md. Prints it (markdown) and writes summary.md, runs.md and summary.json into the directory.
 */
final class Report {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    private final Path dir;
    private final Props meta;
    private final String jdk;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> raw = new ArrayList<>();
    private final Map<String, Object> summary = new LinkedHashMap<>();
    /** pgbench runs that aborted (a client's statement failed): left out of the medians, and shown as a failure. */
    private final List<String> aborted = new ArrayList<>();
    /** The machine's fdatasync p99 (ms) and B2's p99 target built on it, once {@link #fsync} has read them. */
    private double fsyncP99;
    private String p99Target = "p99 ≤ 25 ms";

    private Report(Path dir) {
        this.dir = dir;
        this.meta = Files.exists(dir.resolve("meta.properties")) ? Props.load(dir.resolve("meta.properties"))
                : new Props();
        this.jdk = optional(meta, "jdk_short", "?");
    }

    static Map<String, Object> run(Args args) throws IOException {
        Report report = new Report(Path.of(args.required("dir")));
        String table = report.build();
        System.out.print(table);
        Files.writeString(report.dir.resolve("summary.md"), table, StandardCharsets.UTF_8);
        Files.writeString(report.dir.resolve("runs.md"), String.join("\n", report.raw) + "\n", StandardCharsets.UTF_8);
        Files.writeString(report.dir.resolve("summary.json"), Api.JSON.copy()
                .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.summary) + "\n");
        return report.summary;
    }

    private String build() throws IOException {
        List<JsonNode> b1 = json("b1-r");
        List<Map<String, Double>> limit = pgbench("b1limit-r");
        List<JsonNode> b2small = json("b2-c" + optional(meta, "b2_clients_small", "8") + "-r");
        List<JsonNode> b2large = json("b2-c" + optional(meta, "b2_clients_large", "32") + "-r");
        List<JsonNode> b3small = json("b3-c" + optional(meta, "b3_clients_small", "1") + "-r");
        List<JsonNode> b3large = json("b3-c" + optional(meta, "b3_clients_large", "8") + "-r");

        if (!b1.isEmpty()) {
            int clients = b1.get(0).path("clients").asInt();
            double rps = median(b1, n -> n.path("requests_per_s").asDouble());
            double p50 = median(b1, n -> step(n, "add_item", "p50_ms"));
            double p99 = median(b1, n -> step(n, "add_item", "p99_ms"));
            long errors = sum(b1, n -> n.path("errors").asLong());
            long refused = sum(b1, n -> n.path("refused_insufficient_stock").asLong());
            row("B1", "add_item requests/s (" + clients + " clients, same product)", num(rps), "", "");
            row("B1", "add_item p50 ms", num(p50), "", "");
            row("B1", "add_item p99 ms", num(p99), "≤ 3 × p50 = " + num(3 * p50), met(p99 <= 3 * p50));
            if (b1.stream().allMatch(n -> n.has("server_cpu_us_per_request"))) {
                row("B1", "server CPU µs per request (/proc utime + stime over the window; adds and 1 create per 20)",
                        num(median(b1, n -> n.path("server_cpu_us_per_request").asDouble())), "", "");
            }
            row("B1", "errors, all runs (non-2xx, I/O)", Long.toString(errors), "0", met(errors == 0));
            row("B1", "INSUFFICIENT_STOCK refusals, all runs", Long.toString(refused), "0 (stock 1 000 000)",
                    met(refused == 0));
            summary.put("b1_requests_per_s", rps);
            summary.put("b1_p50_ms", p50);
            summary.put("b1_p99_ms", p99);
            summary.put("b1_errors", errors);
            for (int i = 0; i < b1.size(); i++) {
                JsonNode n = b1.get(i);
                raw.add(String.format(Locale.ROOT, "B1 run %d: %.1f add/s, p50 %.3f ms, p99 %.3f ms, max %.3f ms, "
                                + "errors %d %s, sales created %d, server CPU %s µs/request", i + 1,
                        n.path("requests_per_s").asDouble(),
                        step(n, "add_item", "p50_ms"), step(n, "add_item", "p99_ms"), step(n, "add_item", "max_ms"),
                        n.path("errors").asLong(), n.path("error_kinds"), n.path("sales_created").asLong(),
                        n.path("server_cpu_us_per_request").asText("?")));
            }
        }
        List<Map<String, Double>> limitPool = pgbench("b1limit-pool-r");
        String pool = optional(meta, "pool_size", "10");
        String b1Clients = optional(meta, "b1_clients", "64");
        String threads = optional(meta, "pgbench_threads", "2");
        limitRows("B1-limit", "add_item", limitPool, pool + " clients = the server's pool, -j " + threads,
                "b1_limit_pool");
        if (!b1Clients.equals(pool)) {
            limitRows("B1-limit", "add_item", limit, b1Clients + " clients = B1's, -j " + threads, "b1_limit");
        }
        if (!b1.isEmpty() && (!limit.isEmpty() || !limitPool.isEmpty())) {
            List<Double> ratios = new ArrayList<>();
            List<String> better = new ArrayList<>();
            for (int i = 0; i < b1.size(); i++) {
                double a = i < limitPool.size() ? limitPool.get(i).get("tps") : 0;
                double b = i < limit.size() && !b1Clients.equals(pool) ? limit.get(i).get("tps") : 0;
                if (Math.max(a, b) <= 0) {
                    continue;
                }
                ratios.add(b1.get(i).path("requests_per_s").asDouble() / Math.max(a, b));
                better.add(a >= b ? pool : b1Clients);
            }
            double ratio = median(ratios, r -> r);
            row("B1 / B1-limit", "ratio against the better limit (taken in each run, median)" + cpuNote(b1, false),
                    String.format(Locale.ROOT, "%.2f", ratio), "≥ 0.80", met(ratio >= 0.80));
            summary.put("b1_ratio", ratio);
            raw.add("B1 / B1-limit per run (against the better limit, at " + better + " clients): " + ratios.stream()
                    .map(r -> String.format(Locale.ROOT, "%.3f", r)).toList());
        }
        fsync();
        b2(b2small, true);
        if (!optional(meta, "b2_clients_large", "32").equals(optional(meta, "b2_clients_small", "8"))) {
            b2(b2large, false);
        }
        List<Map<String, Double>> b2limit = pgbench("b2limit-r");
        limitRows("B2-limit", "whole-sale", b2limit, pool + " clients = the server's pool, -j " + threads, "b2_limit");
        limitRows("B2-limit what-if", "whole-sale", pgbench("b2whatif-r"), optional(meta, "b2_whatif", "?") + ", "
                + pool + " clients", "b2_whatif");
        if (!b2small.isEmpty() && !b2limit.isEmpty()) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < Math.min(b2small.size(), b2limit.size()); i++) {
                ratios.add(b2small.get(i).path("sales_per_s").asDouble() / b2limit.get(i).get("tps"));
            }
            double ratio = median(ratios, r -> r);
            row("B2 / B2-limit", "ratio, B2 at " + b2small.get(0).path("clients").asInt()
                            + " clients (taken in each run, median)" + cpuNote(b2small, true),
                    String.format(Locale.ROOT, "%.2f", ratio), "≥ 0.80", met(ratio >= 0.80));
            summary.put("b2_ratio", ratio);
            raw.add("B2 / B2-limit per run: " + ratios.stream()
                    .map(r -> String.format(Locale.ROOT, "%.3f", r)).toList());
        }
        b3(b3small, true);
        if (!optional(meta, "b3_clients_large", "8").equals(optional(meta, "b3_clients_small", "1"))) {
            b3(b3large, false);
        }
        Path b4File = dir.resolve("b4.properties");
        if (Files.exists(b4File)) {
            Props b4 = Props.load(b4File);
            String first = optional(b4, "first_start_s", "");
            String second = optional(b4, "second_start_s", "");
            if (!first.isEmpty()) {
                row("B4", "start to /health/ready 200, first start (new data directory) s", first, "", "");
            }
            if (!second.isEmpty()) {
                row("B4", "start to /health/ready 200, second start s", second, "≤ 5 s",
                        met(Double.parseDouble(second) <= 5));
            }
            String stop = optional(b4, "stop_s", "");
            if (!stop.isEmpty()) {
                row("B4", "graceful SIGTERM stop s (exit code " + optional(b4, "stop_exit", "?") + ")", stop,
                        "exit 0", met("0".equals(optional(b4, "stop_exit", "?"))));
            }
            summary.put("b4_first_start_s", first);
            summary.put("b4_second_start_s", second);
        }
        List<JsonNode> allB2 = new ArrayList<>(b2small);
        allB2.addAll(b2large);
        if (!allB2.isEmpty() && allB2.get(0).has("rss_max_mib")) {
            double rss = allB2.stream().mapToDouble(n -> n.path("rss_max_mib").asDouble()).max().orElse(0);
            row("B5", "server resident memory during B2, max MiB (JAVA_OPTS=" + optional(meta, "java_opts", "?")
                    + ")", num(rss), "≤ 512 MiB", met(rss <= 512));
            summary.put("b5_rss_max_mib", rss);
        }
        Path sigterm = dir.resolve("sigterm.txt");
        if (Files.exists(sigterm)) {
            String text = Files.readString(sigterm);
            Matcher m = Pattern.compile("RESULT: (PASS|FAIL)(.*)").matcher(text);
            if (m.find()) {
                row("SIGTERM", "under B2 load: exit 0 within 10 s, every completed sale still COMPLETED"
                        + m.group(2).replace("|", "/"), m.group(1), "PASS", met("PASS".equals(m.group(1))));
                summary.put("sigterm", m.group(1));
            }
        }
        if (!aborted.isEmpty()) {
            row("pgbench", "runs aborted by an error, left out of the medians (runs/" + String.join(", runs/", aborted)
                    + ")", Integer.toString(aborted.size()), "0", met(false));
            summary.put("pgbench_aborted_runs", aborted);
        }
        loadAverages();
        summary.put("jdk", optional(meta, "jdk", "?"));
        summary.put("rows", rows.stream().map(Arrays::asList).toList());
        return render();
    }

    /** The rows of one pgbench limit (B1-limit at one concurrency, or B2-limit), and its raw lines. */
    private void limitRows(String id, String what, List<Map<String, Double>> runs, String how, String key) {
        if (runs.isEmpty()) {
            return;
        }
        double tps = median(runs, m -> m.get("tps"));
        long failed = Math.round(runs.stream().mapToDouble(m -> m.getOrDefault("failed", 0.0)).sum());
        row(id, "pgbench " + what + " transactions/s (" + how + ")", num(tps), "", "");
        if (runs.stream().allMatch(m -> m.containsKey("p99_ms"))) {
            double p50 = median(runs, m -> m.get("p50_ms"));
            double p99 = median(runs, m -> m.get("p99_ms"));
            row(id, "pgbench transaction p50 / p99 ms (" + how + ")", num(p50) + " / " + num(p99), "", "");
            summary.put(key + "_p50_ms", p50);
            summary.put(key + "_p99_ms", p99);
        }
        row(id, "pgbench failed transactions, all runs (" + how + ")", Long.toString(failed), "0", met(failed == 0));
        summary.put(key + "_tps", tps);
        for (int i = 0; i < runs.size(); i++) {
            Map<String, Double> m = runs.get(i);
            raw.add(String.format(Locale.ROOT, "%s (%s) run %d: %.1f tps, latency average %.3f ms, p50 %.3f ms, "
                            + "p99 %.3f ms, failed %d", id, how, i + 1, m.get("tps"), m.getOrDefault("latency_ms", 0.0),
                    m.getOrDefault("p50_ms", 0.0), m.getOrDefault("p99_ms", 0.0),
                    Math.round(m.getOrDefault("failed", 0.0))));
        }
    }

    /** "; server CPU N µs / request (M µs / sale)" from the runs' /proc ticks, or "" when not measured. */
    private String cpuNote(List<JsonNode> runs, boolean perSale) {
        if (runs.isEmpty() || !runs.stream().allMatch(n -> n.has("server_cpu_us_per_request"))) {
            return "";
        }
        double us = median(runs, n -> n.path("server_cpu_us_per_request").asDouble());
        String note = "; server CPU " + String.format(Locale.ROOT, "%.0f", us) + " µs / request";
        if (perSale && runs.stream().allMatch(n -> n.has("server_cpu_us_per_sale"))) {
            note += " (" + String.format(Locale.ROOT, "%.0f", median(runs, n -> n.path("server_cpu_us_per_sale")
                    .asDouble())) + " µs / sale)";
        }
        return note + ", " + String.format(Locale.ROOT, "%.2f",
                median(runs, n -> n.path("server_cpu_cores").asDouble())) + " cores busy";
    }

    /** runs/loadavg.properties: the load average printed before each run. */
    private void loadAverages() throws IOException {
        Path file = dir.resolve("runs").resolve("loadavg.properties");
        if (!Files.exists(file)) {
            return;
        }
        List<String> lines = Files.readAllLines(file).stream().filter(l -> l.contains("=")).toList();
        double[] one = lines.stream().mapToDouble(l -> Double.parseDouble(l.substring(l.indexOf('=') + 1).trim()
                .split("\\s+")[0])).sorted().toArray();
        if (one.length == 0) {
            return;
        }
        row("machine", "load average (1 min) before each run, min – max (quiet: < 0.5)",
                String.format(Locale.ROOT, "%.2f – %.2f", one[0], one[one.length - 1]), "", "");
        raw.add("load average before each run: " + String.join("; ", lines));
        summary.put("load_average_min", one[0]);
        summary.put("load_average_max", one[one.length - 1]);
    }

    /** B3 at one concurrency; the target (p50 ≤ 20 ms) is judged on the first (by default one client). */
    private void b3(List<JsonNode> b3, boolean withTarget) {
        if (b3.isEmpty()) {
            return;
        }
        double p50 = median(b3, n -> step(n, "availability", "p50_ms"));
        double p99 = median(b3, n -> step(n, "availability", "p99_ms"));
        long errors = sum(b3, n -> n.path("errors").asLong());
        int clients = b3.get(0).path("clients").asInt();
        int live = b3.get(0).path("live_reservations").asInt();
        String label = "B3 (" + clients + (clients == 1 ? " client)" : " clients)");
        row(label, "availability p50 ms (" + live + " live reservations)", num(p50),
                withTarget ? "≤ 20 ms" : "", withTarget ? met(p50 <= 20) : "");
        row(label, "availability p99 ms", num(p99), "", "");
        row(label, "availability requests/s", num(median(b3, n -> n.path("requests_per_s").asDouble())), "", "");
        row(label, "errors, all runs", Long.toString(errors), "0", met(errors == 0));
        summary.put("b3_c" + clients + "_p50_ms", p50);
        summary.put("b3_c" + clients + "_p99_ms", p99);
        if (withTarget) {
            summary.put("b3_p50_ms", p50);
            summary.put("b3_p99_ms", p99);
        }
        for (int i = 0; i < b3.size(); i++) {
            JsonNode n = b3.get(i);
            raw.add(String.format(Locale.ROOT, "B3 %d clients run %d: %.1f req/s, p50 %.3f ms, p99 %.3f ms, errors %d",
                    clients, i + 1, n.path("requests_per_s").asDouble(), step(n, "availability", "p50_ms"),
                    step(n, "availability", "p99_ms"), n.path("errors").asLong()));
        }
    }

    /** The fsync row, and {@link #fsyncP99} for B2's target (left at 0 when the bench did not measure it). */
    private void fsync() throws IOException {
        Path file = dir.resolve("fsync.json");
        if (Files.exists(file)) {
            JsonNode f = Api.JSON.readTree(file.toFile()).path("fdatasync");
            fsyncP99 = f.path("p99_ms").asDouble();
            row("fsync", "fdatasync of an 8 KiB page, p50 / p99 / max ms (" + f.path("count").asInt() + " samples, idle)",
                    num(f.path("p50_ms").asDouble()) + " / " + num(fsyncP99) + " / " + num(f.path("max_ms").asDouble()),
                    "", "");
            summary.put("fsync_p50_ms", f.path("p50_ms").asDouble());
            summary.put("fsync_p99_ms", fsyncP99);
            p99Target = "p99 ≤ 25 ms + fsync p99 " + num(fsyncP99) + " = " + num(25 + fsyncP99) + " ms";
        }
    }

    private void b2(List<JsonNode> runs, boolean withTargets) {
        if (runs.isEmpty()) {
            return;
        }
        String id = "B2 (" + runs.get(0).path("clients").asInt() + " clients)";
        double sales = median(runs, n -> n.path("sales_per_s").asDouble());
        row(id, "sales/s (create → 3 × add_item → complete)", num(sales), "", "");
        for (String step : List.of("create", "add_item", "complete")) {
            double p50 = median(runs, n -> step(n, step, "p50_ms"));
            double p99 = median(runs, n -> step(n, step, "p99_ms"));
            row(id, step + " p50 / p99 ms", num(p50) + " / " + num(p99), withTargets ? p99Target : "",
                    withTargets ? met(p99 <= 25 + fsyncP99) : "");
            summary.put("b2_c" + runs.get(0).path("clients").asInt() + "_" + step + "_p99_ms", p99);
        }
        if (runs.stream().allMatch(n -> n.has("server_cpu_us_per_request"))) {
            row(id, "server CPU µs per request / per sale (/proc utime + stime over the window)",
                    num(median(runs, n -> n.path("server_cpu_us_per_request").asDouble())) + " / "
                            + num(median(runs, n -> n.path("server_cpu_us_per_sale").asDouble())), "", "");
        }
        long errors = sum(runs, n -> n.path("errors").asLong());
        row(id, "errors, all runs (JAVA_OPTS=" + optional(meta, "java_opts", "?") + ")", Long.toString(errors),
                withTargets ? "0" : "", withTargets ? met(errors == 0) : "");
        summary.put("b2_c" + runs.get(0).path("clients").asInt() + "_sales_per_s", sales);
        for (int i = 0; i < runs.size(); i++) {
            JsonNode n = runs.get(i);
            raw.add(String.format(Locale.ROOT, "%s run %d: %.1f sales/s, p50/p99 ms create %.3f/%.3f add_item "
                            + "%.3f/%.3f complete %.3f/%.3f, errors %d %s, RSS max %s MiB, server CPU %s µs/request",
                    id, i + 1,
                    n.path("sales_per_s").asDouble(), step(n, "create", "p50_ms"), step(n, "create", "p99_ms"),
                    step(n, "add_item", "p50_ms"), step(n, "add_item", "p99_ms"), step(n, "complete", "p50_ms"),
                    step(n, "complete", "p99_ms"), n.path("errors").asLong(), n.path("error_kinds"),
                    n.path("rss_max_mib").asText("?"), n.path("server_cpu_us_per_request").asText("?")));
        }
    }

    private String render() {
        StringBuilder out = new StringBuilder();
        out.append("JDK (server and load generator): ").append(optional(meta, "jdk", "?")).append('\n');
        out.append("Runs: ").append(optional(meta, "runs", "?")).append(" × ").append(optional(meta, "seconds", "?"))
                .append(" s (after ").append(optional(meta, "warmup", "?")).append(" s warm-up each); server pool ")
                .append(optional(meta, "pool_size", "?")).append(" connections; values are medians of the runs\n");
        out.append("Machine: ").append(optional(meta, "cpus", "?")).append(" CPUs, load average at start ")
                .append(optional(meta, "load_average_at_start", "?")).append(" (numbers taken with a load above 0.5")
                .append(" are not comparable); git ").append(optional(meta, "git", "?")).append('\n');
        out.append("Pinned (taskset): ").append(optional(meta, "pinned", "no")).append("\n\n");
        out.append("| scenario | figure | value | target | met? | JDK |\n|---|---|---|---|---|---|\n");
        for (String[] r : rows) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return out.toString();
    }

    private void row(String scenario, String figure, String value, String target, String met) {
        rows.add(new String[] {scenario, figure, value, target.isEmpty() ? "—" : target, met.isEmpty() ? "—" : met,
                jdk});
    }

    private static String met(boolean ok) {
        return ok ? "yes" : "**no**";
    }

    private static String num(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static double step(JsonNode n, String step, String figure) {
        return n.path("steps").path(step).path(figure).asDouble();
    }

    private List<JsonNode> json(String prefix) throws IOException {
        List<JsonNode> result = new ArrayList<>();
        for (Path p : files(prefix, ".json")) {
            result.add(Api.JSON.readTree(p.toFile()));
        }
        return result;
    }

    private List<Map<String, Double>> pgbench(String prefix) throws IOException {
        List<Map<String, Double>> result = new ArrayList<>();
        for (Path p : files(prefix, ".txt")) {
            String text = Files.readString(p);
            Matcher tps = TPS.matcher(text);
            if (!tps.find() || text.contains("Run was aborted")) {
                aborted.add(p.getFileName().toString());
                continue;
            }
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("tps", Double.parseDouble(tps.group(1)));
            Matcher failed = FAILED.matcher(text);
            m.put("failed", failed.find() ? Double.parseDouble(failed.group(1)) : 0.0);
            Matcher processed = PROCESSED.matcher(text);
            m.put("processed", processed.find() ? Double.parseDouble(processed.group(1)) : 0.0);
            Matcher latency = LATENCY.matcher(text);
            m.put("latency_ms", latency.find() ? Double.parseDouble(latency.group(1)) : 0.0);
            m.putAll(pgbenchLog(p.getFileName().toString().replace(ext(p), "") + "-log"));
            result.add(m);
        }
        return result;
    }

    private static String ext(Path p) {
        String name = p.getFileName().toString();
        return name.substring(name.lastIndexOf('.'));
    }

    /** p50 and p99 of the transaction latencies of pgbench's -l files (3rd field, µs), if there are any. */
    private Map<String, Double> pgbenchLog(String prefix) throws IOException {
        Map<String, Double> m = new LinkedHashMap<>();
        Path runs = dir.resolve("runs");
        List<Latencies> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(runs)) {
            for (Path log : s.filter(p -> p.getFileName().toString().startsWith(prefix + ".")).toList()) {
                Latencies l = new Latencies();
                try (Stream<String> lines = Files.lines(log)) {
                    lines.forEach(line -> {
                        String[] f = line.trim().split("\\s+");
                        if (f.length >= 3 && f[2].matches("\\d+")) {
                            l.add(Long.parseLong(f[2]) * 1_000L);
                        }
                    });
                }
                all.add(l);
            }
        }
        if (!all.isEmpty()) {
            long[] sorted = Latencies.merged(all);
            m.put("p50_ms", Latencies.ms(Latencies.percentile(sorted, 0.50)));
            m.put("p99_ms", Latencies.ms(Latencies.percentile(sorted, 0.99)));
        }
        return m;
    }

    /** runs/PREFIX1.ext, runs/PREFIX2.ext, ... in run order. */
    private List<Path> files(String prefix, String ext) throws IOException {
        Path runs = dir.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(runs)) {
            return s.filter(p -> {
                        String name = p.getFileName().toString();
                        return name.startsWith(prefix) && name.endsWith(ext)
                                && name.substring(prefix.length(), name.length() - ext.length()).matches("\\d+");
                    })
                    .sorted((a, b) -> Integer.compare(runNumber(a, prefix, ext), runNumber(b, prefix, ext)))
                    .toList();
        }
    }

    private static int runNumber(Path p, String prefix, String ext) {
        String name = p.getFileName().toString();
        return Integer.parseInt(name.substring(prefix.length(), name.length() - ext.length()));
    }

    static <T> double median(List<T> items, Function<T, Double> f) {
        double[] v = items.stream().mapToDouble(f::apply).sorted().toArray();
        if (v.length == 0) {
            return 0;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static <T> long sum(List<T> items, Function<T, Long> f) {
        return items.stream().mapToLong(f::apply).sum();
    }

    private static String optional(Props props, String key, String fallback) {
        try {
            return props.get(key);
        } catch (IllegalStateException e) {
            return fallback;
        }
    }
}
