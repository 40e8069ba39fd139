package io.salescore.bench;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One timed run of closed-loop clients: a warm-up, then the measured window. A request counts (latency kept,
 * throughput) when it starts and ends inside the window; errors count whenever they happen, warm-up included.
 */
final class Run {

    /** What one client thread does until {@link Run#running()} turns false. */
    interface Client {
        void run(int index, Run run, Steps steps) throws Exception;
    }

    /** The latencies of one client thread, by step name. */
    static final class Steps {
        private final Map<String, Latencies> byStep = new LinkedHashMap<>();

        Latencies of(String step) {
            return byStep.computeIfAbsent(step, k -> new Latencies());
        }
    }

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Za-z_]+)\"");

    final double warmupSeconds;
    final double seconds;
    final long start;
    final long measureFrom;
    final long end;
    final Instant startedAt = Instant.now();
    private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    private final LongAdder errors = new LongAdder();
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final List<Steps> allSteps = Collections.synchronizedList(new ArrayList<>());

    Run(double warmupSeconds, double seconds) {
        this.warmupSeconds = warmupSeconds;
        this.seconds = seconds;
        this.start = System.nanoTime() + 200_000_000L;
        this.measureFrom = start + (long) (warmupSeconds * 1e9);
        this.end = measureFrom + (long) (seconds * 1e9);
    }

    boolean running() {
        return System.nanoTime() < end;
    }

    boolean inWindow(long t0, long t1) {
        return t0 >= measureFrom && t1 <= end;
    }

    /** Counts one HTTP request that ended (answered or failed) inside the window: the server's CPU divides by it. */
    void request(long t1) {
        if (t1 >= measureFrom && t1 <= end) {
            count("requests");
        }
    }

    void count(String counter) {
        counters.computeIfAbsent(counter, k -> new LongAdder()).increment();
    }

    long counter(String counter) {
        LongAdder a = counters.get(counter);
        return a == null ? 0 : a.sum();
    }

    void error(String step, HttpConnection.Response r) {
        Matcher m = CODE.matcher(r.text());
        record(step + " " + r.status() + (m.find() ? " " + m.group(1) : ""), step + " -> " + r);
    }

    void error(String step, Exception e) {
        record(step + " " + e.getClass().getSimpleName(), step + " -> " + e);
    }

    private void record(String kind, String sample) {
        errors.increment();
        errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
        if (errorSamples.size() < 10) {
            errorSamples.add(Instant.now() + " " + sample);
        }
    }

    long errors() {
        return errors.sum();
    }

    /** Runs {@code clients} threads to the end of the window and waits for them. */
    void execute(int clients, Client client) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int index = i;
            Steps steps = new Steps();
            allSteps.add(steps);
            Thread t = new Thread(() -> {
                try {
                    long wait = start - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    client.run(index, this, steps);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception | Error e) {
                    error("client", e instanceof Exception ex ? ex : new RuntimeException(e));
                }
            }, "client-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
    }

    /** Latency summaries by step over all clients. */
    Map<String, Object> steps() {
        Map<String, List<Latencies>> byStep = new LinkedHashMap<>();
        for (Steps s : allSteps) {
            s.byStep.forEach((name, l) -> byStep.computeIfAbsent(name, k -> new ArrayList<>()).add(l));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        byStep.forEach((name, list) -> result.put(name, Latencies.summary(list)));
        return result;
    }

    /** The fields every scenario reports. */
    Map<String, Object> result(String scenario, int clients) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("scenario", scenario);
        r.put("clients", clients);
        r.put("warmup_s", warmupSeconds);
        r.put("seconds", seconds);
        r.put("started_at", startedAt.toString());
        r.put("jdk", Main.jdk());
        r.put("errors", errors());
        Map<String, Long> kinds = new TreeMap<>();
        errorKinds.forEach((k, v) -> kinds.put(k, v.sum()));
        r.put("error_kinds", kinds);
        r.put("error_samples", new ArrayList<>(errorSamples));
        return r;
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean isIo(Exception e) {
        return e instanceof IOException;
    }
}
