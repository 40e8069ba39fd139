package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.Application;
import io.salescore.bootstrap.Settings;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.RemoteShop;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R5: the database stops for 10 s under load and starts again. Meanwhile every request fails within 2 s with 503
 * DATABASE_UNAVAILABLE and Retry-After: 5, /health/ready says 503 within 1 s, and afterwards service comes back by
 * itself with the data intact. The server runs in this JVM on a PostgreSQL the test owns, so it can stop it.
 */
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(10);

    private final Path dir = Files.createTempDirectory("salescore-outage");
    private final int port = freePort();
    private EmbeddedPostgres postgres = startDatabase();
    private final Application app = Application.start(Settings.defaults().httpPort(0).dataDir(dir)
            .passwordIterations(1000).database("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null),
            Clock.systemUTC(), false);
    private final String baseUrl = "http://localhost:" + app.httpPort();

    DatabaseOutageTest() throws IOException {
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .setServerConfig("max_connections", "100").start();
    }

    @AfterEach
    void stop() throws IOException {
        app.close();
        postgres.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One answer: when it was asked and answered (nanoTime), what came back. */
    private record Answer(String what, long start, long end, int status, String code, String retryAfter,
                          String database, String id) {
        long millis() {
            return TimeUnit.NANOSECONDS.toMillis(end - start);
        }

        @Override
        public String toString() {
            return what + " -> " + status + " " + code + " in " + millis() + " ms";
        }
    }

    private static Answer ask(String what, Supplier<ApiClient.Response> call) {
        long start = System.nanoTime();
        ApiClient.Response r = call.get();
        long end = System.nanoTime();
        boolean object = r.body().startsWith("{");
        return new Answer(what, start, end, r.status(), object ? r.text("code") : null, r.header("Retry-After"),
                object ? r.text("database") : null, object ? r.text("id") : null);
    }

    @Test
    @Timeout(120)
    void requests_fail_fast_while_the_database_is_down_and_service_comes_back_on_its_own() throws Exception {
        RemoteShop shop = RemoteShop.open(baseUrl, 2, "100000");
        ApiClient owner = shop.owner;
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        List<Answer> health = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(5);
        for (int t = 0; t < 4; t++) {
            String product = shop.products.get(t % 2);
            load.submit(() -> {
                String sale = null;
                while (running.get()) {
                    if (sale == null) {
                        Answer created = ask("create sale", () -> owner.post("/sales/api/sales/",
                                Map.of("storefront", shop.storefront)));
                        answers.add(created);
                        if (created.status() == 201) {
                            sale = created.id();
                        }
                        continue;
                    }
                    String s = sale;
                    answers.add(ask("add item", () -> owner.post("/sales/api/sales/" + s + "/add_item/",
                            Map.of("product", product, "quantity", 1))));
                    answers.add(ask("get sale", () -> owner.get("/sales/api/sales/" + s + "/")));
                    answers.add(ask("list customers", () -> owner.get("/sales/api/customers/")));
                    pause(20);
                }
                return null;
            });
        }
        load.submit(() -> {
            ApiClient anonymous = new ApiClient(baseUrl, null);
            while (running.get()) {
                health.add(ask("ready", () -> anonymous.get("/health/ready")));
                pause(200);
            }
            return null;
        });

        pause(1500);
        postgres.close();
        long down = System.nanoTime();
        pause(OUTAGE.toMillis());
        long restarting = System.nanoTime();
        postgres = startDatabase();
        long up = System.nanoTime();
        Answer recovered = null;
        while (recovered == null && System.nanoTime() - up < TimeUnit.SECONDS.toNanos(10)) {
            Answer probe = ask("after restart", () -> owner.get("/sales/api/customers/"));
            if (probe.status() == 200) {
                recovered = probe;
            }
            pause(50);
        }
        pause(500);
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<Answer> during = answers.stream().filter(a -> a.start() > down && a.end() < restarting).toList();
        List<Answer> healthDuring = health.stream().filter(a -> a.start() > down && a.end() < restarting).toList();
        assertThat(recovered).as("service came back within 10 s of the restart").isNotNull();
        assertThat(during).as("requests during the outage").hasSizeGreaterThan(40);
        assertThat(during).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(503);
            assertThat(a.code()).as(a.toString()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(a.retryAfter()).as(a.toString()).isEqualTo("5");
            assertThat(a.millis()).as(a.toString()).isLessThan(2000);
        });
        assertThat(healthDuring).hasSizeGreaterThan(20).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(503);
            assertThat(a.database()).as(a.toString()).isEqualTo("DOWN");
            assertThat(a.millis()).as(a.toString()).isLessThan(1000);
        });
        // Around the stop and the restart too, nobody waits for the pool timeout (10 s) nor gets another error.
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.millis()).as(a.toString()).isLessThan(5000);
            assertThat(a.status()).as(a.toString()).isIn(200, 201, 503);
        });
        assertThat(health).allSatisfy(a -> assertThat(a.millis()).as(a.toString()).isLessThan(5000));
        assertThat(health.get(health.size() - 1).status()).isEqualTo(200);
        long recoveredAt = recovered.end();
        assertThat(answers.stream().filter(a -> a.start() > recoveredAt).toList())
                .isNotEmpty().allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 201));
        Integrity.assertClean(app.database().jdbi(), Clock.systemUTC());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
