package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.Application;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestServer;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attribution (domain.md "Till sessions"): the session named on complete and record_payment, a CASHIER's own only,
 * and POS_REQUIRE_OPEN_SESSION.
 */
class SessionAttributionApiTest {

    private TestBusiness shop;
    private TestStock stock;
    private String storefront;
    private TestStock.Product product;
    private Staff.Member cashier;
    private Staff.Member manager;

    @BeforeEach
    void setUp() {
        shop = TestBusiness.register();
        stock = new TestStock(shop);
        storefront = stock.storefront("Main");
        product = stock.product(storefront, "Soap", "5.00", null, 100);
        cashier = Staff.add(shop, "CASHIER", storefront);
        manager = Staff.add(shop, "MANAGER", storefront);
    }

    private String open(ApiClient who) {
        ApiClient.Response r = who.post("/sales/api/sessions/", Map.of("storefront", storefront, "opening_float", "20.00"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private String draft(ApiClient who, String customer) {
        Map<String, Object> body = customer == null ? Map.of("storefront", storefront)
                : Map.of("storefront", storefront, "customer", customer);
        String sale = who.post("/sales/api/sales/", body).id();
        assertThat(who.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 2))
                .status()).isEqualTo(201);
        return sale;
    }

    private ApiClient.Response payCash(ApiClient who, String sale, String session) {
        return who.post("/sales/api/sales/" + sale + "/complete/", Map.of("session", session,
                "payments", List.of(Map.of("amount_paid", "10.00", "payment_method", "CASH"))));
    }

    private String sessionOfSale(String sale) {
        return Staff.jdbi().withHandle(h -> h.createQuery("SELECT session_id::text FROM sale WHERE id = :id")
                .bind("id", UUID.fromString(sale)).mapTo(String.class).one());
    }

    private String expectedCash(ApiClient who, String session) {
        return who.get("/sales/api/sessions/" + session + "/").text("expected_cash");
    }

    @Test
    void a_manager_completing_at_a_cashiers_till_puts_the_cash_in_the_named_drawer() {
        String drawer = open(cashier.client());
        open(manager.client());
        String sale = draft(manager.client(), null);

        ApiClient.Response r = payCash(manager.client(), sale, drawer);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(sessionOfSale(sale)).isEqualTo(drawer);
        assertThat(expectedCash(cashier.client(), drawer)).isEqualTo("30.00");
        // the audit entry names the actor and the drawer's owner
        var completed = Staff.jdbi().withHandle(h -> h.createQuery("""
                        SELECT user_id::text || ' ' || (event_data ->> 'session_id') || ' ' || (event_data ->> 'session_user_id')
                        FROM audit_log WHERE sale_id = :s AND event_type = 'sale.completed'""")
                .bind("s", UUID.fromString(sale)).mapTo(String.class).one());
        assertThat(completed).isEqualTo(manager.id() + " " + drawer + " " + cashier.id());
        Integrity.assertClean(shop);
    }

    @Test
    void a_cashier_may_name_only_their_own_drawer_and_a_closed_or_unknown_one_is_refused() {
        String managersDrawer = open(manager.client());
        String sale = draft(cashier.client(), null);

        for (String named : List.of(managersDrawer, UUID.randomUUID().toString())) {
            ApiClient.Response r = payCash(cashier.client(), sale, named);
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.json().at("/details/session").isArray()).as(r.toString()).isTrue();
        }
        assertThat(cashier.client().get("/sales/api/sales/" + sale + "/").text("status")).isEqualTo("DRAFT");

        String own = open(cashier.client());
        assertThat(cashier.client().post("/sales/api/sessions/" + own + "/close/", Map.of("counted_cash", "20.00"))
                .status()).isEqualTo(200);
        ApiClient.Response closed = payCash(cashier.client(), sale, own);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(400);
        assertThat(closed.json().at("/details/session").isArray()).isTrue();
    }

    @Test
    void record_payment_goes_to_the_named_drawer() {
        String customer = stock.customer("Esi", "500.00");
        String sale = draft(manager.client(), customer);
        assertThat(manager.client().post("/sales/api/sales/" + sale + "/complete/", Map.of("payment_type", "CREDIT"))
                .text("status")).isEqualTo("PENDING");
        String drawer = open(cashier.client());

        ApiClient.Response r = manager.client().post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount_paid", "4.00", "payment_method", "CASH", "session", drawer));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(expectedCash(cashier.client(), drawer)).isEqualTo("24.00");
        String audited = Staff.jdbi().withHandle(h -> h.createQuery("""
                        SELECT (event_data ->> 'session_id') || ' ' || (event_data ->> 'session_user_id')
                        FROM audit_log WHERE sale_id = :s AND event_type = 'payment.recorded'""")
                .bind("s", UUID.fromString(sale)).mapTo(String.class).one());
        assertThat(audited).isEqualTo(drawer + " " + cashier.id());
        Integrity.assertClean(shop);
    }

    @Test
    void with_pos_require_open_session_money_does_not_move_without_a_drawer() {
        try (Application node = TestServer.get().startInstance(TestServer.get().clock(),
                s -> s.requireOpenSession(true))) {
            ApiClient owner = shop.owner.withBaseUrl("http://localhost:" + node.httpPort());
            String sale = draft(owner, null);

            ApiClient.Response refused = owner.post("/sales/api/sales/" + sale + "/complete/",
                    Map.of("payments", List.of(Map.of("amount_paid", "10.00", "payment_method", "CASH"))));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.text("code")).isEqualTo("NO_OPEN_SESSION");
            assertThat(owner.get("/sales/api/sales/" + sale + "/").text("status")).isEqualTo("DRAFT");

            String drawer = open(owner);
            ApiClient.Response done = owner.post("/sales/api/sales/" + sale + "/complete/",
                    Map.of("payments", List.of(Map.of("amount_paid", "10.00", "payment_method", "CASH"))));
            assertThat(done.status()).as(done.toString()).isEqualTo(200);
            assertThat(sessionOfSale(sale)).isEqualTo(drawer);

            String line = owner.get("/sales/api/sales/" + sale + "/").json().at("/line_items/0/id").asText();
            assertThat(owner.post("/sales/api/sessions/" + drawer + "/close/", Map.of("counted_cash", "30.00"))
                    .status()).isEqualTo(200);
            ApiClient.Response refund = owner.post("/sales/api/sales/" + sale + "/refund/", Map.of("reason", "Back",
                    "items", List.of(Map.of("sale_item", line, "quantity", 1))));
            assertThat(refund.status()).as(refund.toString()).isEqualTo(400);
            assertThat(refund.text("code")).isEqualTo("NO_OPEN_SESSION");
        }
        Integrity.assertClean(shop);
    }
}
