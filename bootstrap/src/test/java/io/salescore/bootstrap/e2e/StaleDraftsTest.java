package io.salescore.bootstrap.e2e;

import io.salescore.adapter.persistence.audit.JdbiAuditLogRepository;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.inventory.JdbiReservationRepository;
import io.salescore.adapter.persistence.sale.JdbiSaleRepository;
import io.salescore.application.sale.AbandonStaleDraftsService;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** POS_DRAFT_MAX_AGE: drafts untouched that long are abandoned by the system, with their holds released. */
class StaleDraftsTest {

    private final TestBusiness shop = TestBusiness.register();
    private final ApiClient owner = shop.owner;
    private final TestStock stock = new TestStock(shop);
    private final String storefront = stock.storefront("Main");

    @Test
    void a_draft_untouched_past_the_max_age_is_cancelled_with_draft_expired_holds() {
        // Max age 20 minutes, below the 30-minute TTL, so the stale draft's hold is still live when it is cancelled.
        TestStock.Product product = stock.product(storefront, "Stool", "9.00", null, 10);
        String stale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        owner.post("/sales/api/sales/" + stale + "/add_item/", Map.of("product", product.id(), "quantity", 2));
        shop.server.clock().advance(Duration.ofMinutes(25));
        String fresh = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        owner.post("/sales/api/sales/" + fresh + "/add_item/", Map.of("product", product.id(), "quantity", 1));

        var jdbi = shop.server.app().database().jdbi();
        JdbiUnitOfWork tx = new JdbiUnitOfWork(jdbi);
        var service = new AbandonStaleDraftsService(tx, new JdbiSaleRepository(tx),
                new JdbiReservationRepository(tx, UUID::randomUUID), new JdbiAuditLogRepository(tx, UUID::randomUUID),
                shop.server.clock(), Duration.ofMinutes(20), 500);
        while (service.abandonStaleDrafts() > 0) {
            // drain every stale draft of the test database
        }

        var staleSale = owner.get("/sales/api/sales/" + stale).json();
        assertThat(staleSale.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(staleSale.get("version").asLong()).isEqualTo(3);
        assertThat(owner.get("/sales/api/sales/" + fresh).json().get("status").asText()).isEqualTo("DRAFT");
        var holds = owner.get("/sales/api/sales/" + stale + "/reservations/").results();
        assertThat(holds.get(0).get("status").asText()).isEqualTo("RELEASED");
        assertThat(holds.get(0).get("release_reason").asText()).isEqualTo("DRAFT_EXPIRED");
        var cancelled = owner.get("/sales/api/audit-logs/?sale=" + stale + "&event_type=sale.cancelled").results();
        assertThat(cancelled.size()).isEqualTo(1);
        assertThat(cancelled.get(0).get("user_name").asText()).isEqualTo("system");
        assertThat(stock.inventory(storefront, product.id())[1]).isEqualByComparingTo("1");
    }
}
