package io.salescore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Samples a process's resident memory (VmRSS of /proc/PID/status) every 200 ms; keeps the maximum. */
final class Rss implements AutoCloseable {

    private final Path status;
    private final Thread thread;
    private volatile boolean stop;
    private long maxKib;
    private long lastHwmKib;
    private int samples;

    private Rss(long pid) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
        this.thread = new Thread(this::loop, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** A sampler, or null when no pid is given. */
    static Rss of(Args args) {
        return args.has("rss-pid") ? new Rss(Long.parseLong(args.required("rss-pid"))) : null;
    }

    private void loop() {
        while (!stop) {
            sample();
            Run.sleepQuietly(200);
        }
    }

    private synchronized void sample() {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    maxKib = Math.max(maxKib, kib(line));
                    samples++;
                } else if (line.startsWith("VmHWM:")) {
                    lastHwmKib = kib(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone: nothing more to sample
        }
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    @Override
    public void close() {
        stop = true;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
    }

    synchronized Map<String, Object> result() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("rss_max_mib", Math.round(maxKib / 1024.0 * 10) / 10.0);
        r.put("rss_samples", samples);
        r.put("vm_hwm_mib", Math.round(lastHwmKib / 1024.0 * 10) / 10.0);
        return r;
    }
}
