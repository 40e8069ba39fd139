package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refunds in till sessions (domain.md "Till sessions": expected cash − CASH paid out by refunds, other methods
 * taken − paid out by them; the X/Z report's {@code payments[].refunded/net} and {@code refunds}).
 */
class TillSessionRefundsApiTest {

    private TestBusiness shop;
    private ApiClient owner;
    private TestStock stock;
    private String storefront;
    private TestStock.Product bread;
    private Staff.Member cashier;
    private Staff.Member manager;

    @BeforeEach
    void setUp() {
        shop = TestBusiness.register();
        owner = shop.owner;
        stock = new TestStock(shop);
        storefront = stock.storefront("Main");
        bread = stock.product(storefront, "Bread", "17.50", null, 100);
        cashier = Staff.add(shop, "CASHIER", storefront);
        manager = Staff.add(shop, "MANAGER", storefront);
    }

    private String open(ApiClient who, String openingFloat) {
        ApiClient.Response r = who.post("/sales/api/sessions/", Map.of("storefront", storefront,
                "opening_float", openingFloat));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private String sell(ApiClient who, int quantity, String customer) {
        Map<String, Object> body = customer == null ? Map.of("storefront", storefront)
                : Map.of("storefront", storefront, "customer", customer);
        String sale = who.post("/sales/api/sales/", body).id();
        assertThat(who.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", bread.id(), "quantity", quantity)).status()).isEqualTo(201);
        return sale;
    }

    private void complete(ApiClient who, String sale, String type, String amount, String method) {
        List<Map<String, Object>> payments = amount == null ? List.of()
                : List.of(Map.of("amount_paid", amount, "payment_method", method));
        ApiClient.Response r = who.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payment_type", type, "payments", payments));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private String lineOf(String sale) {
        return owner.get("/sales/api/sales/" + sale + "/").json().at("/line_items/0/id").asText();
    }

    /** One unit of the sale's line refunded by {@code who}, attributed to {@code session} when not null. */
    private JsonNode refundOne(ApiClient who, String sale, String session) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", "Stale bread");
        body.put("items", List.of(Map.of("sale_item", lineOf(sale), "quantity", 1)));
        if (session != null) {
            body.put("session", session);
        }
        ApiClient.Response r = who.post("/sales/api/sales/" + sale + "/refund/", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("refund");
    }

    private JsonNode report(String session) {
        ApiClient.Response r = cashier.client().get("/sales/api/sessions/" + session + "/report/");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static Map<String, JsonNode> payments(JsonNode report) {
        Map<String, JsonNode> byMethod = new HashMap<>();
        report.get("payments").forEach(p -> byMethod.put(p.get("method").asText(), p));
        return byMethod;
    }

    private static void assertRefundFigures(JsonNode report) {
        assertThat(report.at("/refunds/count").asInt()).isEqualTo(3);
        assertThat(report.at("/refunds/total").asText()).isEqualTo("35.00");
        assertThat(report.at("/refunds/credited").asText()).isEqualTo("17.50");
        Map<String, JsonNode> pay = payments(report);
        assertThat(pay).containsOnlyKeys("CASH", "CARD");
        assertThat(pay.get("CASH").get("taken").asText()).isEqualTo("40.00");
        assertThat(pay.get("CASH").get("refunded").asText()).isEqualTo("17.50");
        assertThat(pay.get("CASH").get("net").asText()).isEqualTo("22.50");
        assertThat(pay.get("CARD").get("taken").asText()).isEqualTo("35.00");
        assertThat(pay.get("CARD").get("refunded").asText()).isEqualTo("17.50");
        assertThat(pay.get("CARD").get("net").asText()).isEqualTo("17.50");
        assertThat(report.get("change_given").asText()).isEqualTo("5.00");
        // 100 + 40 − 5 change − 17.50 paid out in cash
        assertThat(report.get("expected_cash").asText()).isEqualTo("117.50");
    }

    @Test
    void refunds_attributed_to_a_session_lower_its_expected_cash_and_card_net_and_the_z_report_keeps_them() {
        String session = open(cashier.client(), "100.00");
        JsonNode before = report(session);
        assertThat(before.at("/refunds/count").asInt()).isZero();
        assertThat(before.at("/refunds/total").asText()).isEqualTo("0.00");

        // 2 × 17.50 = 35.00 for a 40.00 note (5.00 change), by card, and on credit
        String cash = sell(cashier.client(), 2, null);
        complete(cashier.client(), cash, "CASH", "40.00", "CASH");
        String card = sell(cashier.client(), 2, null);
        complete(cashier.client(), card, "CARD", "35.00", "CARD");
        String customer = stock.customer("Ama", "500.00");
        String credit = sell(cashier.client(), 2, customer);
        complete(cashier.client(), credit, "CREDIT", null, null);
        assertThat(report(session).get("expected_cash").asText()).isEqualTo("135.00");

        // a manager refunds from the cashier's drawer, naming it
        JsonNode cashRefund = refundOne(manager.client(), cash, session);
        assertThat(cashRefund.get("payout_method").asText()).isEqualTo("CASH");
        assertThat(cashRefund.get("paid_out").asText()).isEqualTo("17.50");
        assertThat(cashRefund.get("session").asText()).isEqualTo(session);
        JsonNode cardRefund = refundOne(manager.client(), card, session);
        assertThat(cardRefund.get("payout_method").asText()).isEqualTo("CARD");
        // what the customer still owed is reduced: nothing handed back
        JsonNode creditRefund = refundOne(manager.client(), credit, session);
        assertThat(creditRefund.get("credit_amount").asText()).isEqualTo("17.50");
        assertThat(creditRefund.get("paid_out").asText()).isEqualTo("0.00");
        // the owner has no session: a refund of theirs goes to none and leaves the drawer alone
        JsonNode elsewhere = refundOne(owner, cash, null);
        assertThat(elsewhere.get("session").isNull()).isTrue();

        JsonNode x = report(session);
        assertThat(x.get("kind").asText()).isEqualTo("X");
        assertRefundFigures(x);
        assertThat(cashier.client().get("/sales/api/sessions/" + session + "/").text("expected_cash"))
                .isEqualTo("117.50");
        String html = cashier.client().get("/sales/api/sessions/" + session + "/report/?format=html").body();
        assertThat(html).contains("Refunds (3)").contains("35.00").contains("CASH refunded").contains("-17.50")
                .contains("117.50");

        ApiClient.Response closed = cashier.client().post("/sales/api/sessions/" + session + "/close/",
                Map.of("counted_cash", "117.00", "counted", List.of(Map.of("method", "CARD", "amount", "17.50"))));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.text("expected_cash")).isEqualTo("117.50");
        assertThat(closed.text("difference")).isEqualTo("-0.50");

        JsonNode z = report(session);
        assertThat(z.get("kind").asText()).isEqualTo("Z");
        assertRefundFigures(z);
        assertThat(z.at("/counted/0/method").asText()).isEqualTo("CARD");
        assertThat(z.at("/counted/0/expected").asText()).isEqualTo("17.50");
        assertThat(z.at("/counted/0/difference").asText()).isEqualTo("0.00");

        // a closed session takes no more refunds; one without a session leaves the stored Z as it was
        Map<String, Object> late = Map.of("reason", "Stale bread", "session", session,
                "items", List.of(Map.of("sale_item", lineOf(card), "quantity", 1)));
        assertThat(manager.client().post("/sales/api/sales/" + card + "/refund/", late).status()).isEqualTo(400);
        refundOne(manager.client(), card, null);
        assertRefundFigures(report(session));
        Integrity.assertClean(shop);

        // the integrity check sees a closed session whose cash refund is no longer attributed to it
        UUID refundId = UUID.fromString(cashRefund.get("id").asText());
        Staff.jdbi().useHandle(h -> h.createUpdate("UPDATE refund SET session_id = NULL WHERE business_id = :b "
                        + "AND id = :r").bind("b", UUID.fromString(shop.businessId)).bind("r", refundId).execute());
        var check = Integrity.check(shop).checks().stream().filter(c -> c.name().equals("session-expected-cash"))
                .findFirst().orElseThrow();
        assertThat(check.problemCount()).isEqualTo(1);
        assertThat(check.problems().get(0)).contains(session);
        Staff.jdbi().useHandle(h -> h.createUpdate("UPDATE refund SET session_id = :s WHERE business_id = :b "
                        + "AND id = :r").bind("b", UUID.fromString(shop.businessId))
                .bind("s", UUID.fromString(session)).bind("r", refundId).execute());
        Integrity.assertClean(shop);
    }

    @Test
    void a_refund_implied_by_the_callers_own_open_session_lands_in_it() {
        String session = open(manager.client(), "50.00");
        String sale = sell(manager.client(), 1, null);
        complete(manager.client(), sale, "CASH", "17.50", "CASH");
        JsonNode refund = refundOne(manager.client(), sale, null);
        assertThat(refund.get("session").asText()).isEqualTo(session);

        JsonNode x = manager.client().get("/sales/api/sessions/" + session + "/report/").json();
        assertThat(x.at("/refunds/count").asInt()).isEqualTo(1);
        assertThat(x.at("/refunds/total").asText()).isEqualTo("17.50");
        assertThat(x.at("/payments/0/method").asText()).isEqualTo("CASH");
        assertThat(x.at("/payments/0/net").asText()).isEqualTo("0.00");
        assertThat(x.get("expected_cash").asText()).isEqualTo("50.00");
        ApiClient.Response closed = manager.client().post("/sales/api/sessions/" + session + "/close/",
                Map.of("counted_cash", "50.00"));
        assertThat(closed.text("difference")).isEqualTo("0.00");
        Integrity.assertClean(shop);
    }
}
