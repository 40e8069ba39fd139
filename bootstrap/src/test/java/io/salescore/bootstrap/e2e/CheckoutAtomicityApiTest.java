package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A checkout that fails late leaves nothing behind, not even the holds it had already taken again. */
class CheckoutAtomicityApiTest {

    private final TestBusiness shop = TestBusiness.register();
    private final ApiClient owner = shop.owner;
    private final TestStock stock = new TestStock(shop);
    private final String storefront = stock.storefront("Main");
    private final Jdbi jdbi = shop.server.app().database().jdbi();

    private List<Map<String, Object>> holds(String sale) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, status, quantity, expires_at FROM reservation
                        WHERE business_id = :b AND sale_id = :s ORDER BY created_at, id""")
                .bind("b", UUID.fromString(shop.businessId)).bind("s", UUID.fromString(sale)).mapToMap().list());
    }

    @Test
    void a_second_line_that_cannot_be_held_again_undoes_the_first_lines_new_hold() {
        TestStock.Product first = stock.product(storefront, "First", "10.00", null, 5);
        TestStock.Product second = stock.product(storefront, "Second", "10.00", null, 5);
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", first.id(), "quantity", 2));
        String secondLine = owner.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", second.id(), "quantity", 4)).id();
        shop.server.clock().advance(Duration.ofMinutes(31));
        String rival = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        assertThat(owner.post("/sales/api/sales/" + rival + "/add_item/", Map.of("product", second.id(), "quantity", 3))
                .status()).isEqualTo(201);
        JsonNode before = owner.get("/sales/api/sales/" + sale).json();
        List<Map<String, Object>> holdsBefore = holds(sale);
        var firstBefore = stock.inventory(storefront, first.id());
        var secondBefore = stock.inventory(storefront, second.id());

        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", "60.00", "payment_method", "CASH"))));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(r.json().at("/details/sale_item_id").asText()).isEqualTo(secondLine);
        assertThat(owner.get("/sales/api/sales/" + sale).json()).isEqualTo(before);
        assertThat(holds(sale)).isEqualTo(holdsBefore);
        assertThat(stock.inventory(storefront, first.id())).isEqualTo(firstBefore);
        assertThat(stock.inventory(storefront, second.id())).isEqualTo(secondBefore);
        assertThat(owner.get("/sales/api/audit-logs/?sale=" + sale + "&event_type=sale.completed").results().size()).isZero();
    }
}
