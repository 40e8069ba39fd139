package io.salescore.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine's fsync latency where the database writes its WAL, the floor under every commit: quality.md's B2 p99
 * target is 25 ms plus this p99. Like PostgreSQL's WAL, it writes 8 KiB pages one after another into a file it
 * allocated (and flushed) beforehand, and makes each page durable with {@code fdatasync} ({@code force(false)})
 * before the next; each write + flush is one sample.
 */
final class Fsync {

    private static final int PAGE = 8192;

    private Fsync() {
    }

    static Map<String, Object> run(Args args) throws IOException {
        Path dir = Path.of(args.required("dir"));
        int count = args.integer("count", 1000);
        Path file = Files.createTempFile(dir, "bench-fsync-", ".tmp");
        Latencies latencies = new Latencies();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocate(PAGE);
            for (long at = 0; at < (long) count * PAGE; at += PAGE) {
                zeros.clear();
                channel.write(zeros, at);
            }
            channel.force(true);
            ByteBuffer page = ByteBuffer.allocate(PAGE);
            for (int i = 0; i < count; i++) {
                page.clear();
                page.putLong(0, System.nanoTime());
                long start = System.nanoTime();
                channel.write(page, (long) i * PAGE);
                channel.force(false);
                latencies.add(System.nanoTime() - start);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("dir", dir.toString());
        result.put("page_bytes", PAGE);
        result.put("fdatasync", Latencies.summary(List.of(latencies)));
        return result;
    }
}
