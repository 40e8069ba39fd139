package io.salescore.bootstrap.e2e;

import io.salescore.application.ops.port.Repair;
import io.salescore.application.ops.port.CheckResult;
import io.salescore.application.ops.port.in.CheckIntegrityUseCase;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database damaged as the expiry race of issue 10 left it (before the fix): the sold line's hold EXPIRED instead
 * of COMMITTED, the counter lowered twice, another cart holding the unit the counter no longer counts. The sweeper
 * must not be stopped by that stock (other products are still swept, readiness says DEGRADED), and
 * {@code check-integrity --repair} must fix it so that the check passes.
 */
class IntegrityRepairTest {

    private final TestBusiness shop = TestBusiness.register();
    private final ApiClient owner = shop.owner;
    private final TestStock stock = new TestStock(shop);
    private final String storefront = stock.storefront("Main");
    private final Jdbi jdbi = shop.server.app().database().jdbi();

    private void sql(String statement, Map<String, Object> binds) {
        jdbi.useHandle(h -> {
            var update = h.createUpdate(statement).bind("b", UUID.fromString(shop.businessId));
            binds.forEach(update::bind);
            update.execute();
        });
    }

    private String sale(String product, int quantity) {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        assertThat(owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product, "quantity", quantity))
                .status()).isEqualTo(201);
        return sale;
    }

    @Test
    void a_damaged_stock_does_not_stop_the_sweeper_and_repair_fixes_it() {
        TestStock.Product damaged = stock.product(storefront, "Last radio", "30.00", null, 2);
        TestStock.Product other = stock.product(storefront, "Bread", "2.00", null, 5);
        String sold = sale(damaged.id(), 1);
        String holder = sale(damaged.id(), 1);
        String bystander = sale(other.id(), 2);
        assertThat(owner.post("/sales/api/sales/" + sold + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", "30.00", "payment_method", "CASH")))).status())
                .isEqualTo(200);
        // Plant the damage: the sold hold EXPIRED, the counter lowered once more, the last unit gone (with its
        // movement, so the ledger still agrees) while the other cart still holds it.
        UUID product = UUID.fromString(damaged.id());
        sql("UPDATE reservation SET status = 'EXPIRED', release_reason = 'EXPIRED' WHERE business_id = :b AND sale_id = :s",
                Map.of("s", UUID.fromString(sold)));
        sql("UPDATE storefront_inventory SET reserved = 0, quantity = 0 WHERE business_id = :b AND product_id = :p",
                Map.of("p", product));
        sql("""
                INSERT INTO stock_movement (business_id, id, storefront_id, product_id, kind, quantity_delta, reference,
                                            user_id, created_at)
                SELECT business_id, :id, storefront_id, product_id, 'ADJUSTMENT', -1, NULL, NULL, now()
                FROM storefront_inventory WHERE business_id = :b AND product_id = :p""",
                Map.of("id", UUID.randomUUID(), "p", product));
        CheckIntegrityUseCase.Report damage = Integrity.check(shop);
        assertThat(damage.failures()).extracting(CheckResult::name)
                .contains("reserved-matches-active-holds", "sale-stock-committed", "live-holds-within-inventory");

        // Every hold is due: the damaged stock's release fails (reserved would go below zero), the rest is swept.
        shop.server.clock().advance(Duration.ofMinutes(31));
        shop.server.app().sweepNow();

        var holds = owner.get("/sales/api/sales/" + bystander + "/reservations/").results();
        assertThat(holds.get(0).get("status").asText()).isEqualTo("EXPIRED");
        var ready = shop.server.anonymous().get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().at("/sweeper/status").asText()).isEqualTo("DEGRADED");
        assertThat(ready.json().at("/sweeper/failed_runs").asLong()).isPositive();
        assertThat(shop.server.anonymous().get("/metrics").body()).containsPattern("pos_sweeper_failed_runs_total [1-9]");

        List<Repair> repairs = Integrity.repair(jdbi, shop.server.clock(), shop.businessId);

        assertThat(repairs).extracting(Repair::kind)
                .containsExactlyInAnyOrder("hold-committed", "hold-released");
        Integrity.assertClean(shop);
        assertThat(owner.get("/sales/api/sales/" + sold + "/reservations/").results().get(0).get("status").asText())
                .isEqualTo("COMMITTED");
        var released = owner.get("/sales/api/sales/" + holder + "/reservations/").results().get(0);
        assertThat(released.get("status").asText()).isEqualTo("RELEASED");
        assertThat(released.get("release_reason").asText()).isEqualTo("INTEGRITY_REPAIR");
        var audit = owner.get("/sales/api/audit-logs/?event_type=integrity.repaired").results();
        assertThat(audit.size()).isEqualTo(1);
        assertThat(audit.get(0).get("user_name").asText()).isEqualTo("system");
        assertThat(audit.get(0).at("/event_data/count").asInt()).isEqualTo(2);

        // After its quarantine the stock is swept again, and the sweeper is OK once a run succeeds.
        shop.server.clock().advance(Duration.ofMinutes(2));
        shop.server.app().sweepNow();
        assertThat(shop.server.anonymous().get("/health/ready").json().at("/sweeper/status").asText()).isEqualTo("OK");
        assertThat(Integrity.repair(jdbi, shop.server.clock(), shop.businessId)).isEmpty();
    }
}
