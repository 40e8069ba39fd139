package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.EmbeddedDatabase;
import io.salescore.bootstrap.Main;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.RemoteShop;
import io.salescore.bootstrap.support.ServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R4: {@code serve} is killed with {@code kill -9} in the middle of load and started again on the same data
 * directory. Everything it answered 2xx for is still there (sales, lines, completed sales with their receipt), and
 * the integrity check, run as the command beside the new server, passes. Also proves {@code serve} keeps the
 * embedded database durable (fsync and synchronous_commit on), and that starting the database again on the
 * directory of a running server is refused rather than stopping its postgres.
 */
class ServerCrashTest {

    private final Path dir = Files.createTempDirectory("salescore-crash");
    private final List<ServerProcess> servers = new ArrayList<>();

    ServerCrashTest() throws IOException {
    }

    @AfterEach
    void cleanUp() throws IOException {
        servers.forEach(ServerProcess::close);
        ServerProcess.stopPostgres(dir);
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private ServerProcess serve() {
        ServerProcess server = ServerProcess.start(dir);
        servers.add(server);
        return server.awaitReady(Duration.ofSeconds(90));
    }

    private record Completed(String sale, String receipt, String total, String change) {
    }

    private record Line(String sale, String line) {
    }

    @Test
    @Timeout(240)
    void a_server_killed_mid_load_loses_nothing_it_answered_and_stays_consistent() throws Exception {
        ServerProcess first = serve();
        assertDurable();
        RemoteShop shop = RemoteShop.open(first.baseUrl(), 3, "100000");
        ConcurrentLinkedQueue<String> sales = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Line> lines = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Completed> completed = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            load.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (running.get()) {
                    try {
                        ApiClient.Response sale = shop.owner.post("/sales/api/sales/",
                                Map.of("storefront", shop.storefront));
                        if (sale.status() != 201) {
                            continue;
                        }
                        sales.add(sale.id());
                        int items = 1 + random.nextInt(3);
                        for (int i = 0; i < items; i++) {
                            ApiClient.Response line = shop.owner.post("/sales/api/sales/" + sale.id() + "/add_item/",
                                    Map.of("product", shop.products.get(i), "quantity", 1 + random.nextInt(3)));
                            if (line.status() == 201) {
                                lines.add(new Line(sale.id(), line.id()));
                            }
                        }
                        ApiClient.Response done = shop.owner.post("/sales/api/sales/" + sale.id() + "/complete/",
                                Map.of("payments", List.of(Map.of("amount_paid", "1000.00", "payment_method", "CASH"))));
                        if (done.status() == 200) {
                            completed.add(new Completed(sale.id(), done.text("receipt_number"),
                                    done.text("total_amount"), done.text("change_given")));
                        }
                    } catch (IllegalStateException connectionLost) {
                        return null;
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (completed.size() < 30 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        first.kill();
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(completed).as("sales completed before the kill").hasSizeGreaterThanOrEqualTo(30);

        ServerProcess second = serve();
        ApiClient owner = new ApiClient(second.baseUrl(), shop.owner.token());
        for (Completed sale : completed) {
            JsonNode body = owner.get("/sales/api/sales/" + sale.sale() + "/").json();
            assertThat(body.get("status").asText()).as(sale.toString()).isEqualTo("COMPLETED");
            assertThat(body.get("receipt_number").asText()).isEqualTo(sale.receipt());
            assertThat(body.get("total_amount").asText()).isEqualTo(sale.total());
            assertThat(body.get("change_given").asText()).isEqualTo(sale.change());
            assertThat(body.get("payments").size()).isEqualTo(1);
            ApiClient.Response receipt = owner.get("/sales/api/sales/" + sale.sale() + "/receipt/");
            assertThat(receipt.status()).as(receipt.toString()).isEqualTo(200);
            assertThat(receipt.text("receipt_number")).isEqualTo(sale.receipt());
        }
        for (String sale : sales) {
            assertThat(owner.get("/sales/api/sales/" + sale + "/").status()).as(sale).isEqualTo(200);
        }
        for (Line line : lines) {
            JsonNode items = owner.get("/sales/api/sales/" + line.sale() + "/").json().get("line_items");
            assertThat(items.findValuesAsText("id")).as(line.toString()).contains(line.line());
        }
        assertDurable();
        String integrity = checkIntegrity();
        assertThat(integrity).contains("Integrity check passed");

        // Starting the embedded database again while a server runs on the directory would stop its postgres.
        assertThatThrownBy(() -> EmbeddedDatabase.start(dir, 0, true, true).close())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is running on");
        assertThat(owner.get("/sales/api/sales/" + completed.peek().sale() + "/").status()).isEqualTo(200);
    }

    /** The running server's embedded database keeps PostgreSQL's durability settings. */
    private void assertDurable() throws Exception {
        Properties published = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("pos-db.properties"))) {
            published.load(in);
        }
        try (var connection = DriverManager.getConnection(published.getProperty("url"), "postgres", null);
             var statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = statement.executeQuery("SHOW " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    /** {@code check-integrity --data-dir <dir>}: reaches the running server's database through the data directory. */
    private String checkIntegrity() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new Main()).execute("check-integrity", "--data-dir", dir.toString());
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(out).isZero();
        return out;
    }
}
