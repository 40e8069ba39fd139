package io.salescore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CPU time a process (the server) spends over a run's measured window: utime + stime of /proc/PID/stat
 * (all its threads), read when the window opens and when it closes, in clock ticks (USER_HZ, 100 on Linux:
 * 10 ms a tick, so a 20 s window is exact to well under 1 %).
 */
final class Cpu implements AutoCloseable {

    /** Linux's USER_HZ; {@code getconf CLK_TCK} is 100 on every kernel the bench runs on. */
    private static final long TICKS_PER_SECOND = Long.getLong("bench.clk_tck", 100);

    private final Path stat;
    private final Thread thread;
    private volatile long atStart = -1;
    private volatile long atEnd = -1;
    private volatile long windowNanos;

    private Cpu(long pid, Run run) {
        this.stat = Path.of("/proc", Long.toString(pid), "stat");
        this.thread = new Thread(() -> {
            sleepUntil(run.measureFrom);
            long t0 = System.nanoTime();
            atStart = ticks();
            sleepUntil(run.end);
            atEnd = ticks();
            windowNanos = System.nanoTime() - t0;
        }, "cpu-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** A sampler of the run's window, or null when no {@code --cpu-pid} is given. */
    static Cpu of(Args args, Run run) {
        return args.has("cpu-pid") ? new Cpu(Long.parseLong(args.required("cpu-pid")), run) : null;
    }

    private static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            Run.sleepQuietly(Math.max(1, wait / 1_000_000));
        }
    }

    private long ticks() {
        try {
            String s = Files.readString(stat);
            // the command name (2nd field) is in parentheses and may hold spaces: count fields after the last ')'
            String[] f = s.substring(s.lastIndexOf(')') + 2).trim().split("\\s+");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 (utime) and 15 (stime)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** cpu_ms (server CPU in the window), cpu_share (of one core), cpu_us_per_request when requests > 0. */
    Map<String, Object> result(long requests) {
        Map<String, Object> r = new LinkedHashMap<>();
        if (atStart < 0 || atEnd < 0) {
            return r;
        }
        double ms = (atEnd - atStart) * 1000.0 / TICKS_PER_SECOND;
        r.put("server_cpu_ms", ms);
        r.put("server_cpu_cores", windowNanos > 0 ? Math.round(ms * 1e6 / windowNanos * 1000) / 1000.0 : 0);
        r.put("requests_in_window", requests);
        if (requests > 0) {
            r.put("server_cpu_us_per_request", Math.round(ms * 1000 / requests * 10) / 10.0);
        }
        return r;
    }
}
