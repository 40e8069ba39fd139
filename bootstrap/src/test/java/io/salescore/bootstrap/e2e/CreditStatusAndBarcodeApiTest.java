package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestServer;
import io.salescore.bootstrap.support.TestStock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /sales/api/customers/{id}/credit_status/} (balance, available and overdue credit, whether a credit sale
 * would go through) and {@code GET /inventory/api/products/by-barcode/{barcode}/?storefront=} (a scan: the product
 * as a line of the storefront's inventory).
 */
class CreditStatusAndBarcodeApiTest {

    private TestBusiness shop;
    private ApiClient owner;
    private TestStock stock;
    private String storefront;
    private TestStock.Product product;
    private Jdbi jdbi;

    @BeforeEach
    void setUp() {
        shop = TestBusiness.register();
        owner = shop.owner;
        stock = new TestStock(shop);
        storefront = stock.storefront("Main");
        product = stock.product(storefront, "Cement bag", "50.00", "45.00", 100);
        jdbi = shop.server.app().database().jdbi();
    }

    private String creditSale(String customer, int quantity, String paid) {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront, "customer", customer)).id();
        assertThat(owner.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", quantity)).status()).isEqualTo(201);
        List<Map<String, Object>> payments = new ArrayList<>();
        if (paid != null) {
            payments.add(Map.of("amount_paid", paid, "payment_method", "CASH"));
        }
        ApiClient.Response done = owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payment_type", "CREDIT", "payments", payments));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        return sale;
    }

    /** Moves a sale's completion (and creation) {@code days} and an hour into the past of the server clock. */
    private void completedDaysAgo(String sale, int days) {
        Instant at = TestServer.get().clock().instant().minus(Duration.ofDays(days).plusHours(1));
        jdbi.useHandle(h -> h.createUpdate("UPDATE sale SET completed_at = :at, created_at = :at "
                        + "WHERE business_id = :b AND id = :id")
                .bind("at", at).bind("b", UUID.fromString(shop.businessId)).bind("id", UUID.fromString(sale))
                .execute());
    }

    private ApiClient.Response creditStatus(ApiClient client, String customer) {
        return client.get("/sales/api/customers/" + customer + "/credit_status/");
    }

    private void setBarcode(String productId, String barcode) {
        ApiClient.Response r = owner.patch("/inventory/api/products/" + productId + "/", Map.of("barcode", barcode));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private ApiClient.Response scan(ApiClient client, String barcode, String storefrontId) {
        return client.get("/inventory/api/products/by-barcode/" + barcode + "/"
                + (storefrontId == null ? "" : "?storefront=" + storefrontId));
    }

    // ---- credit status --------------------------------------------------------------------------------------

    @Test
    void credit_status_shows_the_balance_what_is_left_and_what_is_overdue() {
        String customer = stock.customer("Kojo", "500.00");
        assertThat(owner.patch("/sales/api/customers/" + customer + "/", Map.of("credit_terms_days", 7)).status())
                .isEqualTo(200);

        ApiClient.Response fresh = creditStatus(owner, customer);
        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
        assertThat(fresh.text("customer_id")).isEqualTo(customer);
        assertThat(fresh.text("customer_name")).isEqualTo("Kojo");
        assertThat(fresh.text("credit_limit")).isEqualTo("500.00");
        assertThat(fresh.text("outstanding_balance")).isEqualTo("0.00");
        assertThat(fresh.text("available_credit")).isEqualTo("500.00");
        assertThat(fresh.json().get("credit_terms_days").asInt()).isEqualTo(7);
        assertThat(fresh.json().get("credit_blocked").asBoolean()).isFalse();
        assertThat(fresh.text("overdue_balance")).isEqualTo("0.00");
        assertThat(fresh.json().get("can_purchase").asBoolean()).isTrue();
        assertThat(fresh.text("message")).isEqualTo("Available credit: 500.00.");

        String old = creditSale(customer, 2, null);        // PENDING, 100.00 due
        String oldPartial = creditSale(customer, 2, "30.00"); // PARTIAL, 70.00 due
        String recent = creditSale(customer, 1, null);     // PENDING, 50.00 due, not yet overdue
        String paidOff = creditSale(customer, 1, null);    // paid off below: COMPLETED, never overdue
        assertThat(owner.post("/sales/api/sales/" + paidOff + "/record_payment/",
                Map.of("amount_paid", "50.00", "payment_method", "CASH")).status()).isEqualTo(200);
        completedDaysAgo(old, 8);
        completedDaysAgo(oldPartial, 30);
        completedDaysAgo(recent, 6);
        completedDaysAgo(paidOff, 40);

        ApiClient.Response r = creditStatus(owner, customer);
        assertThat(r.text("outstanding_balance")).isEqualTo("220.00");
        assertThat(r.text("available_credit")).isEqualTo("280.00");
        assertThat(r.text("overdue_balance")).isEqualTo("170.00");
        assertThat(r.json().get("can_purchase").asBoolean()).isTrue();
        assertThat(r.text("message")).isEqualTo("Available credit: 280.00. Overdue balance: 170.00.");

        // A payment on an overdue sale lowers what is overdue; longer terms make the rest current again.
        assertThat(owner.post("/sales/api/sales/" + old + "/record_payment/",
                Map.of("amount_paid", "40.00", "payment_method", "CASH")).status()).isEqualTo(200);
        assertThat(creditStatus(owner, customer).text("overdue_balance")).isEqualTo("130.00");
        owner.patch("/sales/api/customers/" + customer + "/", Map.of("credit_terms_days", 60));
        assertThat(creditStatus(owner, customer).text("overdue_balance")).isEqualTo("0.00");
        assertThat(recent).isNotNull();
    }

    @Test
    void a_blocked_inactive_walk_in_or_maxed_out_customer_cannot_purchase_on_credit() {
        String blocked = stock.customer("Blocked", "500.00");
        stock.customerFlags(blocked, true, true);
        ApiClient.Response b = creditStatus(owner, blocked);
        assertThat(b.json().get("credit_blocked").asBoolean()).isTrue();
        assertThat(b.json().get("can_purchase").asBoolean()).isFalse();
        assertThat(b.text("message")).isEqualTo("This customer's credit is blocked.");

        String inactive = stock.customer("Gone", "500.00");
        stock.customerFlags(inactive, false, false);
        assertThat(creditStatus(owner, inactive).json().get("can_purchase").asBoolean()).isFalse();
        assertThat(creditStatus(owner, inactive).text("message")).isEqualTo("Customer is inactive.");

        String walkIn = owner.get("/sales/api/customers/?search=Walk-in").results().get(0).get("id").asText();
        ApiClient.Response w = creditStatus(owner, walkIn);
        assertThat(w.json().get("can_purchase").asBoolean()).isFalse();
        assertThat(w.text("message")).isEqualTo("The walk-in customer cannot buy on credit.");

        String noLimit = stock.customer("No limit", "0.00");
        assertThat(creditStatus(owner, noLimit).json().get("can_purchase").asBoolean()).isFalse();
        assertThat(creditStatus(owner, noLimit).text("message")).isEqualTo("This customer has no credit limit.");

        String maxed = stock.customer("Maxed", "100.00");
        creditSale(maxed, 2, null);
        ApiClient.Response m = creditStatus(owner, maxed);
        assertThat(m.text("available_credit")).isEqualTo("0.00");
        assertThat(m.json().get("can_purchase").asBoolean()).isFalse();
        assertThat(m.text("message")).isEqualTo("Credit limit reached: 100.00 outstanding of 100.00.");
        // ... and checkout agrees.
        String more = owner.post("/sales/api/sales/", Map.of("storefront", storefront, "customer", maxed)).id();
        owner.post("/sales/api/sales/" + more + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        assertThat(owner.post("/sales/api/sales/" + more + "/complete/", Map.of("payment_type", "CREDIT"))
                .text("code")).isEqualTo("CREDIT_LIMIT_EXCEEDED");
    }

    @Test
    void every_role_reads_credit_status_and_another_business_or_a_bad_id_is_not_found() {
        String customer = stock.customer("Ama", "300.00");
        ApiClient cashier = stock.member("CASHIER", storefront);
        ApiClient.Response r = creditStatus(cashier, customer);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("available_credit")).isEqualTo("300.00");
        assertThat(creditStatus(stock.member("MANAGER", stock.storefront("Other")), customer).status())
                .isEqualTo(200);

        ApiClient stranger = TestBusiness.register().owner;
        ApiClient.Response other = creditStatus(stranger, customer);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text("code")).isEqualTo("NOT_FOUND");
        assertThat(other.body()).doesNotContain("Ama");
        for (String bad : List.of(UUID.randomUUID().toString(), "not-a-uuid", "1-1-1-1-1")) {
            assertThat(creditStatus(owner, bad).status()).isEqualTo(404);
        }
        assertThat(TestServer.get().anonymous().get("/sales/api/customers/" + customer + "/credit_status/").status())
                .isEqualTo(401);
    }

    // ---- by-barcode -----------------------------------------------------------------------------------------

    @Test
    void a_scan_answers_the_same_line_as_the_storefront_inventory_list_with_live_holds() {
        setBarcode(product.id(), "6001234500012");
        String draft = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        owner.post("/sales/api/sales/" + draft + "/add_item/", Map.of("product", product.id(), "quantity", 3));

        ApiClient.Response r = scan(owner, "6001234500012", storefront);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode listed = owner.get("/inventory/api/storefronts/" + storefront + "/inventory/?barcode=6001234500012")
                .results().get(0);
        assertThat(r.json()).isEqualTo(listed);
        assertThat(r.text("product")).isEqualTo(product.id());
        assertThat(r.text("product_name")).isEqualTo("Cement bag");
        assertThat(r.text("barcode")).isEqualTo("6001234500012");
        assertThat(r.json().get("quantity").asInt()).isEqualTo(100);
        assertThat(r.json().get("reserved_quantity").asInt()).isEqualTo(3);
        assertThat(r.json().get("unreserved_quantity").asInt()).isEqualTo(97);
        assertThat(r.text("retail_price")).isEqualTo("50.00");
        assertThat(r.text("wholesale_price")).isEqualTo("45.00");
        // A cashier of the storefront scans too.
        assertThat(scan(stock.member("CASHIER", storefront), "6001234500012", storefront).json()).isEqualTo(listed);
    }

    @Test
    void a_product_never_stocked_at_the_storefront_scans_with_zero_quantities() {
        setBarcode(product.id(), "BC-ELSEWHERE");
        String other = stock.storefront("Kiosk");

        ApiClient.Response r = scan(owner, "BC-ELSEWHERE", other);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("product")).isEqualTo(product.id());
        assertThat(r.json().get("quantity").asInt()).isZero();
        assertThat(r.json().get("reserved_quantity").asInt()).isZero();
        assertThat(r.json().get("unreserved_quantity").asInt()).isZero();
        assertThat(r.text("retail_price")).isEqualTo("50.00"); // the business's newest batch, as add_item would
    }

    @Test
    void the_fixed_by_barcode_segment_wins_over_product_ids_and_odd_barcodes_are_just_not_found() {
        setBarcode(product.id(), "stock"); // /products/{id}/stock/ must not take it
        ApiClient.Response r = scan(owner, "stock", storefront);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("product")).isEqualTo(product.id());

        TestStock.Product spaced = stock.product(storefront, "Spaced", "2.00", null, 5);
        setBarcode(spaced.id(), "ÉAN 5");
        ApiClient.Response encoded = scan(owner, "%C3%89AN%205", storefront);
        assertThat(encoded.status()).as(encoded.toString()).isEqualTo(200);
        assertThat(encoded.text("product")).isEqualTo(spaced.id());

        List<String> wrong = new ArrayList<>();
        for (String odd : List.of("no-such-barcode", "%25", "%2e%2e", "%20", "%E2%82%AC", "x".repeat(300), "'%20OR%201=1--", "%5C", "%22", "%3Cscript%3E", "a;b", "*", "%2A",
                "stock%20", "%27", "%0A", "%09", "..%2F..", "%F0%9F%98%80")) {
            ApiClient.Response miss = scan(owner, odd, storefront);
            if (miss.status() != 404 || !"NOT_FOUND".equals(miss.text("code"))) {
                wrong.add(odd + " -> " + miss);
            }
        }
        // A NUL or bytes that are not UTF-8 anywhere in a URI: refused by the HTTP layer before any route, with
        // the JSON 400 every path gives.
        for (String nul : List.of("%00", "a%00b", "%C3%28", "%FF", "%ED%A0%80")) {
            ApiClient.Response refused = scan(owner, nul, storefront);
            if (refused.status() != 400 || !"MALFORMED_REQUEST".equals(refused.text("code"))) {
                wrong.add(nul + " -> " + refused);
            }
        }
        assertThat(wrong).isEmpty();
        ApiClient.Response slash = scan(owner, "a%2Fb", storefront);
        assertThat(slash.status()).as(slash.toString()).isIn(400, 404);
        ApiClient.Response empty = owner.get("/inventory/api/products/by-barcode//?storefront=" + storefront);
        assertThat(empty.status()).as(empty.toString()).isEqualTo(404);
        assertThat(owner.get("/inventory/api/products/by-barcode/?storefront=" + storefront).status())
                .isEqualTo(404);
        // The product routes still answer as before.
        assertThat(owner.get("/inventory/api/products/" + product.id() + "/").status()).isEqualTo(200);
        assertThat(owner.get("/inventory/api/products/" + product.id() + "/stock/").status()).isEqualTo(200);
    }

    @Test
    void storefront_is_required_outside_the_callers_storefronts_is_403_and_unknown_is_404() {
        setBarcode(product.id(), "BC-RULES");

        ApiClient.Response missing = scan(owner, "BC-RULES", null);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(missing.json().at("/errors/storefront")).isNotNull();
        // An unknown barcode is not found whether or not a storefront is given.
        assertThat(scan(owner, "BC-NOTHING", null).status()).isEqualTo(404);
        assertThat(scan(owner, "BC-RULES", "not-a-uuid").status()).isEqualTo(400);
        assertThat(scan(owner, "BC-RULES", UUID.randomUUID().toString()).status()).isEqualTo(404);

        String other = stock.storefront("Other");
        ApiClient.Response denied = scan(stock.member("CASHIER", other), "BC-RULES", storefront);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.text("code")).isEqualTo("PERMISSION_DENIED");

        // An inactive product does not scan.
        TestStock.Product old = stock.product(storefront, "Old", "1.00", null, 1);
        setBarcode(old.id(), "BC-OLD");
        assertThat(scan(owner, "BC-OLD", storefront).status()).isEqualTo(200);
        assertThat(owner.delete("/inventory/api/products/" + old.id() + "/").status()).isEqualTo(204);
        assertThat(scan(owner, "BC-OLD", storefront).status()).isEqualTo(404);
    }

    @Test
    void another_business_never_scans_this_business_products() {
        setBarcode(product.id(), "BC-SHARED-" + shop.businessId);
        TestBusiness otherShop = TestBusiness.register();
        TestStock otherStock = new TestStock(otherShop);
        String otherStorefront = otherStock.storefront("Theirs");

        ApiClient.Response theirs = scan(otherShop.owner, "BC-SHARED-" + shop.businessId, otherStorefront);
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.body()).doesNotContain(product.id());
        // Nor with this business's storefront id (not theirs: not found there either).
        assertThat(scan(otherShop.owner, "BC-SHARED-" + shop.businessId, storefront).status()).isEqualTo(404);

        // The same barcode in both businesses: each scans its own.
        TestStock.Product mine = otherStock.product(otherStorefront, "Their cement", "9.00", null, 4);
        otherShop.owner.patch("/inventory/api/products/" + mine.id() + "/",
                Map.of("barcode", "BC-SHARED-" + shop.businessId));
        assertThat(scan(otherShop.owner, "BC-SHARED-" + shop.businessId, otherStorefront).text("product"))
                .isEqualTo(mine.id());
        assertThat(scan(owner, "BC-SHARED-" + shop.businessId, storefront).text("product")).isEqualTo(product.id());
    }
}
