package io.salescore.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** B1, B2 and B3 of quality.md, and the check of the SIGTERM test. */
final class Scenarios {

    private Scenarios() {
    }

    /** The options every scenario shares. */
    private record Common(Props props, URI base, String token, int clients, double warmup, double seconds,
                          int timeoutMillis, long backoffMillis) {

        static Common of(Args args, int defaultClients) {
            Props props = Props.load(Path.of(args.required("props")));
            URI base = URI.create(args.get("url", props.get("base_url")));
            return new Common(props, base, props.get("token"), args.integer("clients", defaultClients),
                    args.number("warmup", 3), args.number("seconds", 20), args.integer("timeout-ms", 30_000),
                    args.integer("error-backoff-ms", 20));
        }

        HttpConnection connection() {
            return new HttpConnection(base, timeoutMillis);
        }
    }

    static String id(HttpConnection.Response r) throws IOException {
        return Api.JSON.readTree(r.body()).get("id").asText();
    }

    private static double perSecond(long count, double seconds) {
        return Math.round(count / seconds * 10) / 10.0;
    }

    /**
     * B1: every client adds 1 unit of the same product, each to its own DRAFT sale, with a new sale every
     * {@code --sale-every} (20) adds; the sale creation is not part of the add latency.
     */
    static Map<String, Object> b1(Args args) throws Exception {
        Common c = Common.of(args, 64);
        int every = args.integer("sale-every", 20);
        String product = args.get("product", c.props.get("b1_product"));
        String saleBody = "{\"storefront\":\"" + c.props.get("storefront") + "\"}";
        String addBody = "{\"product\":\"" + product + "\",\"quantity\":1}";
        Run run = new Run(c.warmup, c.seconds);
        Cpu cpu = Cpu.of(args, run);
        run.execute(c.clients, (index, r, steps) -> {
            Latencies adds = steps.of("add_item");
            try (HttpConnection http = c.connection()) {
                String sale = null;
                int added = 0;
                while (r.running()) {
                    if (sale == null || added >= every) {
                        sale = null;
                        try {
                            HttpConnection.Response created = http.post("/sales/api/sales/", c.token, saleBody);
                            r.request(System.nanoTime());
                            if (created.status() != 201) {
                                r.error("create_sale", created);
                                Run.sleepQuietly(c.backoffMillis);
                                continue;
                            }
                            sale = id(created);
                            added = 0;
                            r.count("sales_created");
                        } catch (IOException e) {
                            r.error("create_sale", e);
                            Run.sleepQuietly(c.backoffMillis);
                            continue;
                        }
                    }
                    String path = "/sales/api/sales/" + sale + "/add_item/";
                    long t0 = System.nanoTime();
                    try {
                        HttpConnection.Response answer = http.post(path, c.token, addBody);
                        long t1 = System.nanoTime();
                        r.request(t1);
                        added++;
                        if (answer.status() == 201) {
                            if (r.inWindow(t0, t1)) {
                                adds.add(t1 - t0);
                                r.count("ok");
                            }
                        } else if (answer.status() == 400 && answer.text().contains("\"INSUFFICIENT_STOCK\"")) {
                            r.count("refused");
                        } else {
                            r.error("add_item", answer);
                        }
                    } catch (IOException e) {
                        r.error("add_item", e);
                        added = every;
                        Run.sleepQuietly(c.backoffMillis);
                    }
                }
            }
        });
        Map<String, Object> result = run.result("B1", c.clients);
        result.put("product", product);
        result.put("sale_every", every);
        result.put("requests_per_s", perSecond(run.counter("ok"), c.seconds));
        result.put("refused_insufficient_stock", run.counter("refused"));
        result.put("sales_created", run.counter("sales_created"));
        result.put("steps", run.steps());
        if (cpu != null) {
            cpu.close();
            result.putAll(cpu.result(run.counter("requests")));
        }
        return result;
    }

    /**
     * B2: every client loops create sale → add the 3 B2 products (1 unit each) → complete with cash (the exact
     * total). {@code --completed-file} appends the id of every sale whose complete answered 200 COMPLETED;
     * {@code --rss-pid} samples the server's resident memory meanwhile.
     */
    static Map<String, Object> b2(Args args) throws Exception {
        Common c = Common.of(args, 8);
        List<String> products = c.props.list("b2_products");
        String saleBody = "{\"storefront\":\"" + c.props.get("storefront") + "\"}";
        String[] addBodies = products.stream().map(p -> "{\"product\":\"" + p + "\",\"quantity\":1}")
                .toArray(String[]::new);
        String completeBody = "{\"payments\":[{\"amount_paid\":\"" + c.props.get("b2_total")
                + "\",\"payment_method\":\"CASH\"}]}";
        BufferedWriter completed = args.has("completed-file")
                ? Files.newBufferedWriter(Path.of(args.required("completed-file")), StandardCharsets.UTF_8)
                : null;
        Run run = new Run(c.warmup, c.seconds);
        Cpu cpu = Cpu.of(args, run);
        try (Rss rss = Rss.of(args)) {
            run.execute(c.clients, (index, r, steps) -> {
                Latencies create = steps.of("create");
                Latencies add = steps.of("add_item");
                Latencies complete = steps.of("complete");
                Latencies whole = steps.of("sale");
                try (HttpConnection http = c.connection()) {
                    while (r.running()) {
                        String step = "create";
                        try {
                            long s0 = System.nanoTime();
                            HttpConnection.Response answer = http.post("/sales/api/sales/", c.token, saleBody);
                            long t1 = System.nanoTime();
                            r.request(t1);
                            if (answer.status() != 201) {
                                r.error(step, answer);
                                Run.sleepQuietly(c.backoffMillis);
                                continue;
                            }
                            if (r.inWindow(s0, t1)) {
                                create.add(t1 - s0);
                            }
                            String sale = id(answer);
                            String base = "/sales/api/sales/" + sale;
                            boolean failed = false;
                            step = "add_item";
                            for (String body : addBodies) {
                                long t0 = System.nanoTime();
                                answer = http.post(base + "/add_item/", c.token, body);
                                t1 = System.nanoTime();
                                r.request(t1);
                                if (answer.status() != 201) {
                                    r.error(step, answer);
                                    failed = true;
                                    break;
                                }
                                if (r.inWindow(t0, t1)) {
                                    add.add(t1 - t0);
                                }
                            }
                            if (failed) {
                                Run.sleepQuietly(c.backoffMillis);
                                continue;
                            }
                            step = "complete";
                            long t0 = System.nanoTime();
                            answer = http.post(base + "/complete/", c.token, completeBody);
                            t1 = System.nanoTime();
                            r.request(t1);
                            if (answer.status() != 200 || !answer.text().contains("\"status\":\"COMPLETED\"")) {
                                r.error(step, answer);
                                Run.sleepQuietly(c.backoffMillis);
                                continue;
                            }
                            if (completed != null) {
                                synchronized (completed) {
                                    completed.write(sale);
                                    completed.newLine();
                                    completed.flush();
                                }
                            }
                            r.count("completed_total");
                            if (r.inWindow(t0, t1)) {
                                complete.add(t1 - t0);
                            }
                            if (r.inWindow(s0, t1)) {
                                whole.add(t1 - s0);
                            }
                            if (t1 >= r.measureFrom && t1 <= r.end) {
                                r.count("sales");
                            }
                        } catch (IOException e) {
                            r.error(step, e);
                            Run.sleepQuietly(c.backoffMillis);
                        }
                    }
                }
            });
            Map<String, Object> result = run.result("B2", c.clients);
            result.put("sales_per_s", perSecond(run.counter("sales"), c.seconds));
            result.put("sales_completed_total", run.counter("completed_total"));
            result.put("steps", run.steps());
            if (rss != null) {
                rss.close();
                result.putAll(rss.result());
            }
            if (cpu != null) {
                cpu.close();
                result.putAll(cpu.result(run.counter("requests")));
                long sales = run.counter("sales");
                if (sales > 0 && result.get("server_cpu_ms") instanceof Double ms) {
                    result.put("server_cpu_us_per_sale", Math.round(ms * 1000 / sales * 10) / 10.0);
                }
            }
            return result;
        } finally {
            if (completed != null) {
                completed.close();
            }
        }
    }

    /** B3: GET availability of the product with the live reservations. */
    static Map<String, Object> b3(Args args) throws Exception {
        Common c = Common.of(args, 8);
        String path = "/inventory/api/storefronts/" + c.props.get("storefront") + "/stock-products/"
                + c.props.get("b3_product") + "/availability/";
        int live;
        try (Api api = new Api(c.base, c.token)) {
            live = api.get(path, 200).get("reservations").size();
        }
        Run run = new Run(c.warmup, c.seconds);
        run.execute(c.clients, (index, r, steps) -> {
            Latencies gets = steps.of("availability");
            try (HttpConnection http = c.connection()) {
                while (r.running()) {
                    long t0 = System.nanoTime();
                    try {
                        HttpConnection.Response answer = http.get(path, c.token);
                        long t1 = System.nanoTime();
                        if (answer.status() != 200) {
                            r.error("availability", answer);
                        } else if (r.inWindow(t0, t1)) {
                            gets.add(t1 - t0);
                            r.count("ok");
                        }
                    } catch (IOException e) {
                        r.error("availability", e);
                        Run.sleepQuietly(c.backoffMillis);
                    }
                }
            }
        });
        Map<String, Object> result = run.result("B3", c.clients);
        result.put("live_reservations", live);
        result.put("requests_per_s", perSecond(run.counter("ok"), c.seconds));
        result.put("steps", run.steps());
        return result;
    }

    /** Every sale id of {@code --ids} must read back as COMPLETED. */
    static Map<String, Object> verifyCompleted(Args args) throws Exception {
        Props props = Props.load(Path.of(args.required("props")));
        URI base = URI.create(args.get("url", props.get("base_url")));
        List<String> ids = Files.readAllLines(Path.of(args.required("ids"))).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        int completed = 0;
        List<String> wrong = new java.util.ArrayList<>();
        try (Api api = new Api(base, props.get("token"))) {
            for (String id : ids) {
                HttpConnection.Response r = api.raw("/sales/api/sales/" + id + "/");
                String status = r.status() == 200 ? Api.JSON.readTree(r.body()).path("status").asText() : null;
                if ("COMPLETED".equals(status)) {
                    completed++;
                } else if (wrong.size() < 20) {
                    wrong.add(id + " -> " + (status != null ? status : r.toString()));
                }
            }
        }
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        result.put("scenario", "verify-completed");
        result.put("checked", ids.size());
        result.put("completed", completed);
        result.put("not_completed", ids.size() - completed);
        result.put("examples", wrong);
        result.put("pass", completed == ids.size());
        return result;
    }

    static JsonNode read(Path file) throws IOException {
        return Api.JSON.readTree(file.toFile());
    }
}
