package io.salescore.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

    @Test
    void percentiles_are_exact_nearest_rank_over_every_sample_of_every_thread() {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        for (int i = 1; i <= 100; i++) {
            (i % 2 == 0 ? a : b).add(i * 1_000_000L);
        }
        long[] sorted = Latencies.merged(List.of(a, b));

        assertThat(sorted).hasSize(100);
        assertThat(Latencies.percentile(sorted, 0.50)).isEqualTo(50_000_000L);
        assertThat(Latencies.percentile(sorted, 0.99)).isEqualTo(99_000_000L);
        assertThat(Latencies.percentile(sorted, 1.0)).isEqualTo(100_000_000L);
        Map<String, Object> summary = Latencies.summary(List.of(a, b));
        assertThat(summary).containsEntry("count", 100).containsEntry("p50_ms", 50.0).containsEntry("max_ms", 100.0);
    }

    @Test
    void grows_past_its_first_array() {
        Latencies l = new Latencies();
        for (int i = 0; i < 100_000; i++) {
            l.add(i);
        }
        assertThat(l.size()).isEqualTo(100_000);
        assertThat(Latencies.percentile(Latencies.merged(List.of(l)), 0.5)).isEqualTo(49_999L);
    }

    @Test
    void median_of_even_and_odd_counts() {
        assertThat(Report.median(List.of(3.0, 1.0, 2.0), v -> v)).isEqualTo(2.0);
        assertThat(Report.median(List.of(4.0, 1.0, 2.0, 3.0), v -> v)).isEqualTo(2.5);
    }
}
