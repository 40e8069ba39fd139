package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Concurrently;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R11: a till session closed while 8 clients complete cash sales in it. Every payment is in the Z report or in no
 * session, never both nor lost, and the Z report's expected cash is what it lists.
 */
class TillSessionCloseRaceTest {

    @Test
    void payments_racing_the_close_are_in_the_z_report_or_in_no_session() throws Exception {
        TestBusiness shop = TestBusiness.register();
        TestStock stock = new TestStock(shop);
        String storefront = stock.storefront("Main");
        TestStock.Product bread = stock.product(storefront, "Bread", "10.00", null, 1000);
        Staff.Member cashier = Staff.add(shop, "CASHIER", storefront);
        Staff.Member manager = Staff.add(shop, "MANAGER", storefront);
        ApiClient till = cashier.client();
        String session = till.post("/sales/api/sessions/", Map.of("storefront", storefront, "opening_float", "50.00"))
                .id();
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String sale = till.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
            assertThat(till.post("/sales/api/sales/" + sale + "/add_item/",
                    Map.of("product", bread.id(), "quantity", 1)).status()).isEqualTo(201);
            drafts.add(sale);
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String sale : drafts) {
            calls.add(() -> till.post("/sales/api/sales/" + sale + "/complete/", Map.of("payment_type", "CASH",
                    "payments", List.of(Map.of("amount_paid", "12.00", "payment_method", "CASH")))).status());
        }
        calls.add(4, () -> manager.client().post("/sales/api/sessions/" + session + "/close/",
                Map.of("counted_cash", "50.00")).status());
        assertThat(Concurrently.run(calls)).containsOnly(200);

        var z = till.get("/sales/api/sessions/" + session + "/report/").json();
        assertThat(z.get("kind").asText()).isEqualTo("Z");
        List<Map<String, Object>> payments = Staff.jdbi().withHandle(h -> h.createQuery("""
                        SELECT p.amount_paid, p.session_id, s.session_id AS sale_session, s.change_given
                        FROM payment p JOIN sale s ON s.business_id = p.business_id AND s.id = p.sale_id
                        WHERE p.business_id = :b""")
                .bind("b", UUID.fromString(shop.businessId)).mapToMap().list());
        assertThat(payments).hasSize(8);
        int inSession = 0;
        for (Map<String, Object> p : payments) {
            assertThat(p.get("session_id")).isIn(null, UUID.fromString(session));
            assertThat(p.get("sale_session")).isEqualTo(p.get("session_id"));
            if (p.get("session_id") != null) {
                inSession++;
            }
        }
        assertThat(z.at("/sales/count").asInt()).isEqualTo(inSession);
        BigDecimal cash = inSession == 0 ? BigDecimal.ZERO : new BigDecimal(z.at("/payments/0/taken").asText());
        assertThat(cash).isEqualByComparingTo(new BigDecimal(12 * inSession));
        assertThat(new BigDecimal(z.get("change_given").asText())).isEqualByComparingTo(new BigDecimal(2 * inSession));
        assertThat(new BigDecimal(z.get("expected_cash").asText()))
                .isEqualByComparingTo(new BigDecimal(50 + 10 * inSession));
        Integrity.assertClean(shop);
    }
}
