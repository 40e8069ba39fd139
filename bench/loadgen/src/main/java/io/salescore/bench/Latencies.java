package io.salescore.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every latency of one client thread, in nanoseconds; merged and sorted once at the end (exact percentiles). */
final class Latencies {

    private long[] samples = new long[1 << 14];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    int size() {
        return size;
    }

    static long[] merged(List<Latencies> all) {
        int total = all.stream().mapToInt(Latencies::size).sum();
        long[] merged = new long[total];
        int at = 0;
        for (Latencies l : all) {
            System.arraycopy(l.samples, 0, merged, at, l.size);
            at += l.size;
        }
        Arrays.sort(merged);
        return merged;
    }

    /** Nearest-rank percentile of sorted samples: the smallest sample with at least q of all samples ≤ it. */
    static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }

    /** count, mean, p50, p90, p99, p99.9, max in milliseconds. */
    static Map<String, Object> summary(List<Latencies> all) {
        long[] sorted = merged(all);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("count", sorted.length);
        double sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        s.put("mean_ms", ms(sorted.length == 0 ? 0 : sum / sorted.length));
        s.put("p50_ms", ms(percentile(sorted, 0.50)));
        s.put("p90_ms", ms(percentile(sorted, 0.90)));
        s.put("p99_ms", ms(percentile(sorted, 0.99)));
        s.put("p999_ms", ms(percentile(sorted, 0.999)));
        s.put("max_ms", ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
        return s;
    }

    static double ms(double nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
