package io.salescore.bootstrap.e2e;

import io.salescore.adapter.persistence.audit.JdbiAuditLogRepository;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.inventory.JdbiReservationRepository;
import io.salescore.application.common.TimeOrderedIdGenerator;
import io.salescore.application.inventory.ReleaseExpiredService;
import io.salescore.application.ops.SweeperStatus;
import io.salescore.bootstrap.Main;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Holds expire on their own: the sweeper, two sweepers at once, and the release-expired command. */
class SweeperTest {

    private final TestBusiness shop = TestBusiness.register();
    private final ApiClient owner = shop.owner;
    private final TestStock stock = new TestStock(shop);
    private final String storefront = stock.storefront("Main");
    private final Jdbi jdbi = shop.server.app().database().jdbi();

    private List<String> holdsOf(String product, int count) {
        List<String> sales = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
            assertThat(owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product, "quantity", 1))
                    .status()).isEqualTo(201);
            sales.add(sale);
        }
        return sales;
    }

    private long count(String sql, String product) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("b", UUID.fromString(shop.businessId))
                .bind("p", UUID.fromString(product)).mapTo(Long.class).one());
    }

    @Test
    void the_sweeper_marks_expired_holds_expired_gives_the_stock_back_and_logs_it_as_system() {
        TestStock.Product product = stock.product(storefront, "Bread", "2.00", null, 10);
        List<String> sales = holdsOf(product.id(), 3);
        shop.server.clock().advance(Duration.ofMinutes(31));

        shop.server.app().sweepNow();

        assertThat(count("SELECT count(*) FROM reservation WHERE business_id = :b AND product_id = :p AND status = 'EXPIRED'",
                product.id())).isEqualTo(3);
        assertThat(stock.inventory(storefront, product.id())[1]).isEqualByComparingTo("0");
        var entries = owner.get("/sales/api/audit-logs/?sale=" + sales.get(0) + "&event_type=stock.released").results();
        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.get(0).get("user").isNull()).isTrue();
        assertThat(entries.get(0).get("user_name").asText()).isEqualTo("system");
        assertThat(entries.get(0).at("/event_data/reason").asText()).isEqualTo("EXPIRED");
        var ready = shop.server.anonymous().get("/health/ready").json();
        assertThat(ready.at("/sweeper/last_run_at").isNull()).isFalse();
        assertThat(owner.get("/sales/api/sales/" + sales.get(0) + "/reservations/").results().get(0).get("status").asText())
                .isEqualTo("EXPIRED");
    }

    @Test
    @Timeout(120)
    void two_sweepers_at_once_release_each_hold_exactly_once() throws Exception {
        TestStock.Product product = stock.product(storefront, "Milk", "1.00", null, 100);
        holdsOf(product.id(), 40);
        shop.server.clock().advance(Duration.ofMinutes(31));

        CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> sweeper(3).releaseExpired(false, false).count());
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> sweeper(3).releaseExpired(false, false).count());
        first.get();
        second.get();

        assertThat(count("SELECT count(*) FROM reservation WHERE business_id = :b AND product_id = :p AND status = 'EXPIRED'",
                product.id())).isEqualTo(40);
        assertThat(count("""
                SELECT count(*) FROM audit_log a WHERE a.business_id = :b AND a.event_type = 'stock.released'
                  AND a.event_data->>'product_id' = CAST(:p AS text)""", product.id())).isEqualTo(40);
        assertThat(count("""
                SELECT count(DISTINCT a.event_data->>'reservation_id') FROM audit_log a
                WHERE a.business_id = :b AND a.event_type = 'stock.released'
                  AND a.event_data->>'product_id' = CAST(:p AS text)""", product.id())).isEqualTo(40);
        assertThat(stock.inventory(storefront, product.id())[1]).isEqualByComparingTo("0");
    }

    private ReleaseExpiredService sweeper(int batch) {
        JdbiUnitOfWork tx = new JdbiUnitOfWork(jdbi);
        var ids = new TimeOrderedIdGenerator(shop.server.clock());
        return new ReleaseExpiredService(tx, new JdbiReservationRepository(tx, ids::newId),
                new JdbiAuditLogRepository(tx, ids::newId), new SweeperStatus(), shop.server.clock(), batch, 1000);
    }

    @Test
    void the_release_expired_command_counts_lists_and_releases() {
        TestStock.Product product = stock.product(storefront, "Eggs", "3.00", null, 10);
        holdsOf(product.id(), 2);
        // The command uses the real clock: move these holds into the past instead of moving the clock.
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE reservation SET expires_at = now() - interval '1 minute'
                        WHERE business_id = :b AND product_id = :p""")
                .bind("b", UUID.fromString(shop.businessId)).bind("p", UUID.fromString(product.id())).execute());
        String url = shop.server.app().database().dataSource().getJdbcUrl();

        String dry = run("release-expired", "--dry-run", "--verbose", "--db-url", url, "--db-user", "postgres");
        assertThat(dry).containsPattern("Would release \\d+ expired holds?\\.");
        assertThat(dry).contains("product=" + product.id()).contains("quantity=1.00").contains("expires_at=");
        assertThat(stock.inventory(storefront, product.id())[1]).isEqualByComparingTo("2");

        String real = run("release-expired", "--db-url", url, "--db-user", "postgres");
        assertThat(real).containsPattern("Released \\d+ expired holds?\\.");
        assertThat(stock.inventory(storefront, product.id())[1]).isEqualByComparingTo("0");
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new Main()).execute(args);
            assertThat(exit).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
