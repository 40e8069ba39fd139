package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Till sessions over HTTP: open, cash movements, X report, close with a count, Z report and its reprint. */
class TillSessionsApiTest {

    private TestBusiness shop;
    private ApiClient owner;
    private TestStock stock;
    private String storefront;
    private Staff.Member cashier;
    private Staff.Member manager;

    @BeforeEach
    void setUp() {
        shop = TestBusiness.register();
        owner = shop.owner;
        stock = new TestStock(shop);
        storefront = stock.storefront("Main");
        cashier = Staff.add(shop, "CASHIER", storefront);
        manager = Staff.add(shop, "MANAGER", storefront);
        assertThat(owner.patch("/accounts/api/business/", Map.of("cashier_max_pay_out", "20.00")).status())
                .isEqualTo(200);
    }

    private String open(ApiClient who, String openingFloat) {
        ApiClient.Response r = who.post("/sales/api/sessions/", Map.of("storefront", storefront,
                "opening_float", openingFloat));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private ApiClient.Response move(ApiClient who, String session, String kind, String amount, String reason) {
        return who.post("/sales/api/sessions/" + session + "/cash_movements/",
                Map.of("kind", kind, "amount", amount, "reason", reason));
    }

    @Test
    void a_session_opens_once_per_user_and_storefront() {
        ApiClient.Response r = cashier.client().post("/sales/api/sessions/", Map.of("storefront", storefront,
                "opening_float", "100.00"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("status")).isEqualTo("OPEN");
        assertThat(r.text("opening_float")).isEqualTo("100.00");
        assertThat(r.text("expected_cash")).isEqualTo("100.00");
        assertThat(r.json().get("closed_at").isNull()).isTrue();
        assertThat(r.json().get("z_number").isNull()).isTrue();
        assertThat(r.text("user")).isEqualTo(cashier.id());

        ApiClient.Response again = cashier.client().post("/sales/api/sessions/", Map.of("storefront", storefront,
                "opening_float", "5.00"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("SESSION_ALREADY_OPEN");
        // another user may open their own at the same storefront
        open(manager.client(), "0.00");

        ApiClient.Response current = cashier.client().get("/sales/api/sessions/current/?storefront=" + storefront);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.id()).isEqualTo(r.id());
        assertThat(owner.get("/sales/api/sessions/current/?storefront=" + storefront).status()).isEqualTo(404);
    }

    @Test
    void bad_openings_are_refused_and_nothing_is_written() {
        ApiClient.Response negative = cashier.client().post("/sales/api/sessions/", Map.of("storefront", storefront,
                "opening_float", "-1.00"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.text("code")).isEqualTo("VALIDATION_ERROR");
        ApiClient.Response missing = cashier.client().post("/sales/api/sessions/", Map.of("storefront", storefront));
        assertThat(missing.status()).isEqualTo(400);
        String elsewhere = stock.storefront("Other");
        ApiClient.Response notMine = cashier.client().post("/sales/api/sessions/", Map.of("storefront", elsewhere,
                "opening_float", "1.00"));
        assertThat(notMine.status()).isEqualTo(403);
        ApiClient.Response unknown = owner.post("/sales/api/sessions/", Map.of("storefront",
                "00000000-0000-0000-0000-000000000001", "opening_float", "1.00"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(cashier.client().get("/sales/api/sessions/").results().size()).isZero();
    }

    @Test
    void cash_movements_follow_the_pay_out_limit_and_need_a_reason() {
        String session = open(cashier.client(), "50.00");
        ApiClient.Response in = move(cashier.client(), session, "PAY_IN", "30.00", "Change from the bank");
        assertThat(in.status()).as(in.toString()).isEqualTo(201);
        assertThat(in.text("kind")).isEqualTo("PAY_IN");
        assertThat(in.json().get("approved_by").isNull()).isTrue();
        assertThat(move(cashier.client(), session, "PAY_OUT", "20.00", "Milk supplier").status()).isEqualTo(201);

        ApiClient.Response tooMuch = move(cashier.client(), session, "PAY_OUT", "20.01", "Milk supplier");
        assertThat(tooMuch.status()).isEqualTo(403);
        assertThat(tooMuch.text("code")).isEqualTo("PERMISSION_DENIED");
        ApiClient.Response big = move(manager.client(), session, "PAY_OUT", "40.00", "Rent share");
        assertThat(big.status()).isEqualTo(201);
        assertThat(big.text("approved_by")).isEqualTo(manager.id());

        ApiClient.Response noReason = cashier.client().post("/sales/api/sessions/" + session + "/cash_movements/",
                Map.of("kind", "PAY_OUT", "amount", "1.00"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().at("/details/reason").isArray()).isTrue();
        assertThat(move(cashier.client(), session, "PAY_IN", "0.00", "x").status()).isEqualTo(400);
        assertThat(move(cashier.client(), session, "PAY_IN", "-3.00", "x").status()).isEqualTo(400);
        assertThat(move(cashier.client(), session, "BRIBE", "3.00", "x").status()).isEqualTo(400);

        // 50 + 30 - 20 - 40
        assertThat(cashier.client().get("/sales/api/sessions/" + session + "/").text("expected_cash"))
                .isEqualTo("20.00");
        Staff.Member other = Staff.add(shop, "CASHIER", storefront);
        assertThat(move(other.client(), session, "PAY_IN", "1.00", "x").status()).isEqualTo(403);
        assertThat(other.client().get("/sales/api/sessions/" + session + "/").status()).isEqualTo(403);
    }

    @Test
    void closing_records_the_difference_and_the_z_report_is_stored_numbered_and_reprinted() {
        String session = open(cashier.client(), "100.00");
        move(cashier.client(), session, "PAY_IN", "25.00", "Change from the bank");
        move(cashier.client(), session, "PAY_OUT", "12.50", "Cleaner");

        JsonBody x = new JsonBody(cashier.client().get("/sales/api/sessions/" + session + "/report/"));
        assertThat(x.node.get("kind").asText()).isEqualTo("X");
        assertThat(x.node.get("expected_cash").asText()).isEqualTo("112.50");
        assertThat(x.node.get("pay_ins").asText()).isEqualTo("25.00");
        assertThat(x.node.get("pay_outs").asText()).isEqualTo("12.50");
        assertThat(x.node.get("cash_movements").size()).isEqualTo(2);
        assertThat(x.node.get("counted_cash").isNull()).isTrue();

        Staff.Member other = Staff.add(shop, "CASHIER", storefront);
        assertThat(other.client().post("/sales/api/sessions/" + session + "/close/",
                Map.of("counted_cash", "1.00")).status()).isEqualTo(403);
        assertThat(cashier.client().post("/sales/api/sessions/" + session + "/close/",
                Map.of("counted_cash", "-1.00")).status()).isEqualTo(400);
        assertThat(cashier.client().post("/sales/api/sessions/" + session + "/close/", Map.of()).status())
                .isEqualTo(400);

        ApiClient.Response closed = cashier.client().post("/sales/api/sessions/" + session + "/close/",
                Map.of("counted_cash", "110.00", "note", "Two coins missing"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.text("expected_cash")).isEqualTo("112.50");
        assertThat(closed.text("counted_cash")).isEqualTo("110.00");
        assertThat(closed.text("difference")).isEqualTo("-2.50");
        assertThat(closed.text("closing_note")).isEqualTo("Two coins missing");
        assertThat(closed.text("closed_by")).isEqualTo(cashier.id());
        assertThat(closed.text("z_number")).matches("Z-[A-Z0-9]+-1");

        ApiClient.Response twice = manager.client().post("/sales/api/sessions/" + session + "/close/",
                Map.of("counted_cash", "112.50"));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.text("code")).isEqualTo("INVALID_SESSION_STATUS");
        ApiClient.Response late = move(manager.client(), session, "PAY_IN", "1.00", "late");
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.text("code")).isEqualTo("INVALID_SESSION_STATUS");

        JsonNode z = cashier.client().get("/sales/api/sessions/" + session + "/report/").json();
        assertThat(z.get("kind").asText()).isEqualTo("Z");
        assertThat(z.get("expected_cash").asText()).isEqualTo("112.50");
        assertThat(z.get("counted_cash").asText()).isEqualTo("110.00");
        assertThat(z.get("difference").asText()).isEqualTo("-2.50");
        assertThat(z.get("reprint").asBoolean()).isFalse();
        ApiClient.Response print = cashier.client().get("/sales/api/sessions/" + session + "/report/?format=html");
        assertThat(print.status()).isEqualTo(200);
        assertThat(print.header("Content-Type")).startsWith("text/html");
        assertThat(print.body()).contains(closed.text("z_number")).contains("112.50").doesNotContain("REPRINT");
        assertThat(cashier.client().get("/sales/api/sessions/" + session + "/report/?format=html").body())
                .contains("REPRINT");
        assertThat(cashier.client().get("/sales/api/sessions/" + session + "/report/").json().get("reprint")
                .asBoolean()).isTrue();

        // Z numbers count per storefront
        String second = open(cashier.client(), "0.00");
        ApiClient.Response next = manager.client().post("/sales/api/sessions/" + second + "/close/",
                Map.of("counted_cash", "0.00"));
        assertThat(next.text("z_number")).matches("Z-[A-Z0-9]+-2");
        assertThat(next.text("closed_by")).isEqualTo(manager.id());
        assertThat(next.text("difference")).isEqualTo("0.00");

        List<String> events = auditTypes();
        assertThat(events).contains("session.opened", "session.cash_moved", "session.closed");
        Integrity.assertClean(shop);
    }

    @Test
    void lists_are_filtered_by_role_and_stale_sessions_are_listed_but_stay_open() {
        String mine = open(cashier.client(), "10.00");
        String his = open(manager.client(), "10.00");
        assertThat(ids(cashier.client().get("/sales/api/sessions/"))).containsExactly(mine);
        assertThat(ids(manager.client().get("/sales/api/sessions/"))).containsExactlyInAnyOrder(mine, his);
        assertThat(ids(owner.get("/sales/api/sessions/?user=" + cashier.id()))).containsExactly(mine);
        assertThat(ids(owner.get("/sales/api/sessions/?status=CLOSED"))).isEmpty();
        assertThat(ids(owner.get("/sales/api/sessions/?stale=true"))).isEmpty();
        for (int hours : new int[] {10, 10, 5}) { // tokens idle out after 12 h: each client keeps using its own
            shop.server.clock().advance(Duration.ofHours(hours));
            owner.get("/sales/api/sessions/");
        }
        shop.server.app().sweepNow();
        ApiClient.Response stale = owner.get("/sales/api/sessions/?stale=true");
        assertThat(ids(stale)).containsExactlyInAnyOrder(mine, his);
        assertThat(stale.results().get(0).get("status").asText()).isEqualTo("OPEN");
        assertThat(stale.results().get(0).get("stale").asBoolean()).isTrue();
        assertThat(owner.get("/sales/api/sessions/?status=BAD").status()).isEqualTo(400);
        assertThat(owner.get("/sales/api/sessions/?user=nobody").status()).isEqualTo(400);
    }

    private String sell(ApiClient who, TestStock.Product product, int quantity, String customer) {
        Map<String, Object> body = customer == null ? Map.of("storefront", storefront)
                : Map.of("storefront", storefront, "customer", customer);
        String sale = who.post("/sales/api/sales/", body).id();
        assertThat(who.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", quantity)).status()).isEqualTo(201);
        return sale;
    }

    private ApiClient.Response complete(ApiClient who, String sale, String type, String amount, String method) {
        List<Map<String, Object>> payments = amount == null ? List.of()
                : List.of(Map.of("amount_paid", amount, "payment_method", method));
        ApiClient.Response r = who.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payment_type", type, "payments", payments));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    @Test
    void a_whole_day_money_lands_in_the_cashiers_drawer_and_change_is_not_cash_received() {
        TestStock.Product bread = stock.product(storefront, "Bread", "17.50", null, 100);
        String session = open(cashier.client(), "100.00");
        // cash 20.00 for 17.50: 2.50 change
        ApiClient.Response cash = complete(cashier.client(), sell(cashier.client(), bread, 1, null), "CASH",
                "20.00", "CASH");
        assertThat(cash.text("change_given")).isEqualTo("2.50");
        complete(cashier.client(), sell(cashier.client(), bread, 2, null), "CARD", "35.00", "CARD");
        String customer = stock.customer("Ama", "500.00");
        String credit = sell(cashier.client(), bread, 2, customer);
        complete(cashier.client(), credit, "CREDIT", null, null);
        assertThat(cashier.client().post("/sales/api/sales/" + credit + "/record_payment/",
                Map.of("amount_paid", "10.00", "payment_method", "CASH")).status()).isEqualTo(200);
        move(cashier.client(), session, "PAY_IN", "5.00", "Coins from the bank");
        move(cashier.client(), session, "PAY_OUT", "8.00", "Window cleaner");
        // the owner has no session here: their sale is attributed to none
        complete(owner, sell(owner, bread, 1, null), "CASH", "17.50", "CASH");

        JsonNode x = cashier.client().get("/sales/api/sessions/" + session + "/report/").json();
        assertThat(x.get("kind").asText()).isEqualTo("X");
        assertThat(x.at("/sales/count").asInt()).isEqualTo(3);
        assertThat(x.at("/sales/total").asText()).isEqualTo("87.50");
        assertThat(x.get("change_given").asText()).isEqualTo("2.50");
        Map<String, String> taken = new java.util.HashMap<>();
        x.get("payments").forEach(p -> taken.put(p.get("method").asText(), p.get("taken").asText()));
        assertThat(taken).containsEntry("CASH", "30.00").containsEntry("CARD", "35.00").hasSize(2);
        // 100 + 20 + 10 (record_payment) - 2.50 + 5 - 8
        assertThat(x.get("expected_cash").asText()).isEqualTo("124.50");

        ApiClient.Response closed = cashier.client().post("/sales/api/sessions/" + session + "/close/",
                Map.of("counted_cash", "123.00", "counted", List.of(Map.of("method", "CARD", "amount", "35.00"))));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.text("difference")).isEqualTo("-1.50");
        JsonNode z = cashier.client().get("/sales/api/sessions/" + session + "/report/").json();
        assertThat(z.get("kind").asText()).isEqualTo("Z");
        assertThat(z.get("expected_cash").asText()).isEqualTo("124.50");
        assertThat(z.at("/sales/count").asInt()).isEqualTo(3);
        assertThat(z.at("/counted/0/method").asText()).isEqualTo("CARD");
        assertThat(z.at("/counted/0/difference").asText()).isEqualTo("0.00");

        // after the close a cash sale of the cashier goes to no session, and the Z report is unchanged
        complete(cashier.client(), sell(cashier.client(), bread, 1, null), "CASH", "17.50", "CASH");
        assertThat(cashier.client().get("/sales/api/sessions/" + session + "/report/").json()
                .get("expected_cash").asText()).isEqualTo("124.50");
        Integrity.assertClean(shop);

        // the integrity check sees a session whose stored figures differ from what is attributed to it
        Staff.jdbi().useHandle(h -> h.createUpdate("UPDATE payment SET session_id = NULL WHERE business_id = :b "
                        + "AND session_id = :s AND amount_paid = 10.00")
                .bind("b", java.util.UUID.fromString(shop.businessId)).bind("s", java.util.UUID.fromString(session))
                .execute());
        var check = Integrity.check(shop).checks().stream().filter(c -> c.name().equals("session-expected-cash"))
                .findFirst().orElseThrow();
        assertThat(check.problemCount()).isEqualTo(1);
        assertThat(check.problems().get(0)).contains(session);
        Staff.jdbi().useHandle(h -> h.createUpdate("UPDATE payment SET session_id = :s WHERE business_id = :b "
                        + "AND sale_id = :sale")
                .bind("b", java.util.UUID.fromString(shop.businessId)).bind("s", java.util.UUID.fromString(session))
                .bind("sale", java.util.UUID.fromString(credit)).execute());
        Integrity.assertClean(shop);
    }

    private static List<String> ids(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        r.results().forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private List<String> auditTypes() {
        List<String> types = new java.util.ArrayList<>();
        owner.get("/sales/api/audit-logs/?page_size=200").results().forEach(n -> types.add(n.get("event_type").asText()));
        return types;
    }

    private record JsonBody(JsonNode node) {
        JsonBody(ApiClient.Response r) {
            this(r.json());
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
    }
}
