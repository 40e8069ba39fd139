package io.salescore.adapter.persistence.common;

import io.salescore.application.common.DatabaseUnavailableException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pool against a PostgreSQL this test stops and starts: a database that is down is reported at once (never
 * after the whole pool timeout), service comes back on its own, and a busy pool still makes callers queue.
 */
class FailFastDataSourceTest {

    private final Path dir = Files.createTempDirectory("failfast");
    private final int port = freePort();
    private EmbeddedPostgres postgres = start();
    private PostgresDatabase database;

    FailFastDataSourceTest() throws IOException {
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("fsync", "off").start();
    }

    private PostgresDatabase connect(int poolSize, Duration poolTimeout) {
        database = PostgresDatabase.connect(new PostgresDatabase.Settings(
                "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null, poolSize, poolTimeout));
        return database;
    }

    private static int selectOne(JdbiUnitOfWork tx) {
        return tx.inTransaction(() -> tx.handle().createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    private static long millis(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @AfterEach
    void stop() throws IOException {
        if (database != null) {
            database.close();
        }
        postgres.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @Timeout(60)
    void a_stopped_database_is_reported_at_once_and_service_comes_back_on_its_own() throws Exception {
        JdbiUnitOfWork tx = new JdbiUnitOfWork(connect(4, Duration.ofSeconds(10)).jdbi());
        assertThat(selectOne(tx)).isEqualTo(1);
        Thread.sleep(600); // idle pooled connections are validated before use

        postgres.close();

        long first = millis(() -> assertThatThrownBy(() -> selectOne(tx))
                .isInstanceOf(DatabaseUnavailableException.class));
        long next = millis(() -> assertThatThrownBy(() -> selectOne(tx))
                .isInstanceOf(DatabaseUnavailableException.class));
        long[] health = new long[1];
        health[0] = millis(() -> assertThat(database.isUp(Duration.ofSeconds(1))).isFalse());
        assertThat(first).as("first failure").isLessThan(2000);
        assertThat(next).as("while known down").isLessThan(PostgresDatabase.SLICE.toMillis());
        assertThat(health[0]).as("readiness").isLessThan(1000);
        Thread.sleep(1200); // past the probe interval: callers probe again, and still fail fast
        assertThat(millis(() -> assertThatThrownBy(() -> selectOne(tx))
                .isInstanceOf(DatabaseUnavailableException.class))).isLessThan(2000);

        postgres = start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Integer answer = null;
        while (answer == null && System.nanoTime() < deadline) {
            try {
                answer = selectOne(tx);
            } catch (DatabaseUnavailableException stillDown) {
                Thread.sleep(100);
            }
        }
        assertThat(answer).isEqualTo(1);
        assertThat(database.isUp(Duration.ofSeconds(1))).isTrue();
    }

    @Test
    @Timeout(60)
    void a_busy_pool_makes_callers_wait_their_turn_beyond_one_slice() throws Exception {
        JdbiUnitOfWork tx = new JdbiUnitOfWork(connect(1, Duration.ofSeconds(10)).jdbi());
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> tx.run(() -> {
            tx.handle().createQuery("SELECT 1").mapTo(Integer.class).one();
            holding.countDown();
            tx.handle().createQuery("SELECT pg_sleep(1.5)").mapTo(String.class).one();
        }));
        holding.await();

        long waited = millis(() -> assertThat(selectOne(tx)).isEqualTo(1));

        holder.get(10, TimeUnit.SECONDS);
        assertThat(waited).isGreaterThan(PostgresDatabase.SLICE.toMillis());
        assertThat(database.isUp(Duration.ofSeconds(1))).isTrue();
    }

    @Test
    @Timeout(60)
    void a_pool_busy_past_its_timeout_refuses_without_marking_the_database_down() throws Exception {
        PostgresDatabase db = connect(1, Duration.ofSeconds(1));
        JdbiUnitOfWork tx = new JdbiUnitOfWork(db.jdbi());
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> tx.run(() -> {
            holding.countDown();
            tx.handle().createQuery("SELECT pg_sleep(2.5)").mapTo(String.class).one();
        }));
        holding.await();

        long waited = millis(() -> assertThatThrownBy(() -> selectOne(tx))
                .isInstanceOf(DatabaseUnavailableException.class));
        boolean upWhileBusy = db.isUp(Duration.ofSeconds(1));

        holder.get(10, TimeUnit.SECONDS);
        assertThat(waited).isBetween(900L, 2500L);
        assertThat(upWhileBusy).isTrue();
        assertThat(selectOne(tx)).isEqualTo(1);
    }
}
