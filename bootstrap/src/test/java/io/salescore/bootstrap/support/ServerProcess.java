package io.salescore.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code salescore serve} in a JVM of its own (the test classpath, {@code io.salescore.bootstrap.Main}), so a test
 * can kill it with {@code kill -9}. It runs the durable embedded database in {@code dataDir}; that postgres
 * outlives a killed JVM, as it would in production, until the next start (or {@link #close}) stops it.
 */
public final class ServerProcess implements AutoCloseable {

    private final Path dataDir;
    private final int httpPort;
    private final Process process;
    private final Path log;

    private ServerProcess(Path dataDir, int httpPort, Process process, Path log) {
        this.dataDir = dataDir;
        this.httpPort = httpPort;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code serve} on {@code dataDir} and a free port; output goes to {@code dataDir/serve-<n>.log}. */
    public static ServerProcess start(Path dataDir) {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Files.createDirectories(dataDir);
            Path log;
            int n = 1;
            do {
                log = dataDir.resolve("serve-" + n++ + ".log");
            } while (Files.exists(log));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"),
                    "io.salescore.bootstrap.Main", "serve",
                    "--data-dir", dataDir.toString(), "--http-port", Integer.toString(port),
                    "--http-host", "127.0.0.1", "--password-iterations", "1000"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("POS_"));
            return new ServerProcess(dataDir, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Waits until {@code /health/ready} answers 200; fails with the server's log if it does not in time. */
    public ServerProcess awaitReady(Duration timeout) {
        ApiClient anonymous = new ApiClient(baseUrl(), null);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("serve exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (anonymous.get("/health/ready").status() == 200) {
                    return this;
                }
            } catch (IllegalStateException notListeningYet) {
                // not listening yet
            }
            sleep(200);
        }
        throw new IllegalStateException("serve was not ready within " + timeout + ":\n" + log());
    }

    /** {@code kill -9}: the JVM dies at once; its embedded postgres keeps running. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Stops the server gracefully (SIGTERM), then any postgres still running on the data directory. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            if (!waitFor(Duration.ofSeconds(30))) {
                kill();
            }
        }
        stopPostgres(dataDir);
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops (fast shutdown) a postgres left running on {@code dataDir/pg}, if any. */
    public static void stopPostgres(Path dataDir) {
        Path pidFile = dataDir.resolve("pg").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            if (!first.matches("\\d+")) {
                return;
            }
            Optional<ProcessHandle> postgres = ProcessHandle.of(Long.parseLong(first))
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
            if (postgres.isPresent() && postgres.get().isAlive()) {
                new ProcessBuilder("kill", "-INT", first).inheritIO().start().waitFor();
                postgres.get().onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the postgres of " + dataDir, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
