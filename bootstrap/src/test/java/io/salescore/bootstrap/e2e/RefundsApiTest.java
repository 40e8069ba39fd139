package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Concurrently;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Refunds, returns and cancel, end to end (domain.md "Refunds and returns"; http-api.md "Refunds"). */
class RefundsApiTest {

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
        product = stock.product(storefront, "Tin of milk", "10.00", null, 100);
        jdbi = shop.server.app().database().jdbi();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private String draft(int quantity) {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        ApiClient.Response add = owner.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", quantity));
        assertThat(add.status()).as(add.toString()).isEqualTo(201);
        return sale;
    }

    private ApiClient.Response complete(String sale, Map<String, Object> body) {
        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/complete/", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    /** A sale of {@code quantity} tins paid in cash (exactly, or with {@code tendered}). */
    private String cashSale(int quantity, String tendered) {
        String sale = draft(quantity);
        complete(sale, Map.of("payment_type", "CASH",
                "payments", List.of(Map.of("amount_paid", tendered, "payment_method", "CASH"))));
        return sale;
    }

    private String lineOf(String sale) {
        return owner.get("/sales/api/sales/" + sale + "/").json().at("/line_items/0/id").asText();
    }

    private static Map<String, Object> item(String line, Object quantity) {
        return Map.of("sale_item", line, "quantity", quantity);
    }

    private ApiClient.Response refund(ApiClient as, String sale, Map<String, Object> body) {
        return as.post("/sales/api/sales/" + sale + "/refund/", body);
    }

    private ApiClient.Response refundItems(String sale, Object... lineAndQuantity) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < lineAndQuantity.length; i += 2) {
            items.add(item((String) lineAndQuantity[i], lineAndQuantity[i + 1]));
        }
        return refund(owner, sale, Map.of("reason", "Damaged tin", "items", items));
    }

    private BigDecimal onShelf() {
        return stock.inventory(storefront, product.id())[0];
    }

    private long count(String sql, Object... binds) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql).bind("b", UUID.fromString(shop.businessId));
            for (int i = 0; i < binds.length; i += 2) {
                q.bind((String) binds[i], binds[i + 1]);
            }
            return q.mapTo(Long.class).one();
        });
    }

    private long audits(String event, String sale) {
        return count("SELECT count(*) FROM audit_log WHERE business_id = :b AND event_type = :e AND sale_id = :s",
                "e", event, "s", UUID.fromString(sale));
    }

    private long refundRows() {
        return count("SELECT count(*) FROM refund WHERE business_id = :b");
    }

    private static String error(ApiClient.Response r, String field) {
        JsonNode errors = r.json().path("details").path(field);
        return errors.isMissingNode() ? null : errors.toString();
    }

    // ---- refunds ---------------------------------------------------------------------------------------------------

    @Test
    void a_partial_refund_with_restock_returns_the_units_pays_cash_back_and_is_audited() {
        String sale = cashSale(3, "40.00");
        String line = lineOf(sale);
        BigDecimal before = onShelf();

        ApiClient.Response r = refundItems(sale, line, 1);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("message")).isEqualTo("Refund processed successfully");
        JsonNode refund = r.json().get("refund");
        assertThat(refund.get("refund_number").asText()).matches("^[A-Z0-9]+-R\\d{8}-0001$");
        assertThat(refund.get("refund_type").asText()).isEqualTo("PARTIAL");
        assertThat(refund.get("amount").asText()).isEqualTo("10.00");
        assertThat(refund.get("credit_amount").asText()).isEqualTo("0.00");
        assertThat(refund.get("paid_out").asText()).isEqualTo("10.00");
        assertThat(refund.get("payout_method").asText()).isEqualTo("CASH");
        assertThat(refund.at("/lines/0/quantity").asText()).isEqualTo("1.00");
        assertThat(refund.at("/lines/0/restock").asBoolean()).isTrue();
        assertThat(refund.get("receipt_url").asText()).contains("/sales/api/refunds/" + refund.get("id").asText());
        JsonNode after = r.json().get("sale");
        assertThat(after.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(after.get("amount_refunded").asText()).isEqualTo("10.00");
        assertThat(after.get("amount_paid_out").asText()).isEqualTo("10.00");
        assertThat(after.get("amount_paid").asText()).isEqualTo("40.00");
        assertThat(after.get("change_given").asText()).isEqualTo("10.00");
        assertThat(after.at("/line_items/0/refunded_quantity").asText()).isEqualTo("1.00");
        assertThat(after.at("/line_items/0/unit_cost").isNull()).isFalse();

        assertThat(onShelf()).isEqualByComparingTo(before.add(BigDecimal.ONE));
        JsonNode availability = owner.get("/inventory/api/storefronts/" + storefront + "/stock-products/"
                + product.id() + "/availability/").json();
        assertThat(new BigDecimal(availability.get("unreserved_quantity").asText()))
                .isEqualByComparingTo(before.add(BigDecimal.ONE));
        assertThat(count("""
                SELECT count(*) FROM stock_movement WHERE business_id = :b AND kind = 'RETURN'""")).isEqualTo(1);
        ApiClient.Response ledger = owner.get("/inventory/api/stock-movements/?storefront=" + storefront
                + "&kind=RETURN");
        assertThat(ledger.status()).as(ledger.toString()).isEqualTo(200);
        assertThat(ledger.results()).singleElement().satisfies(m -> {
            assertThat(m.get("kind").asText()).isEqualTo("RETURN");
            assertThat(new BigDecimal(m.get("quantity_delta").asText())).isEqualByComparingTo("1");
        });
        assertThat(audits("refund.processed", sale)).isEqualTo(1);
        assertThat(audits("stock.returned", sale)).isEqualTo(1);
        Integrity.assertClean(shop);
    }

    @Test
    void restock_false_keeps_the_units_off_the_shelf_and_needs_a_reason() {
        String sale = cashSale(2, "20.00");
        String line = lineOf(sale);
        BigDecimal before = onShelf();

        ApiClient.Response noReason = refund(owner, sale, Map.of("reason", "Broken",
                "items", List.of(Map.of("sale_item", line, "quantity", 1, "restock", false))));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(error(noReason, "items")).contains("needs a reason");

        ApiClient.Response r = refund(owner, sale, Map.of("reason", "Broken",
                "items", List.of(Map.of("sale_item", line, "quantity", 1, "restock", false, "reason", "Dented"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/refund/lines/0/restock").asBoolean()).isFalse();
        assertThat(onShelf()).isEqualByComparingTo(before);
        assertThat(audits("stock.returned", sale)).isZero();
        Integrity.assertClean(shop);
    }

    @Test
    void a_line_refunded_in_three_parts_sums_to_its_net_exactly_and_the_sale_becomes_refunded() {
        String sale = draft(3);
        complete(sale, Map.of("payment_type", "CASH", "discount_amount", "1.00",
                "payments", List.of(Map.of("amount_paid", "29.00", "payment_method", "CASH"))));
        String line = lineOf(sale);

        List<String> amounts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ApiClient.Response r = refundItems(sale, line, 1);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            amounts.add(r.json().at("/refund/amount").asText());
        }

        assertThat(amounts).containsExactly("9.67", "9.66", "9.67");
        JsonNode after = owner.get("/sales/api/sales/" + sale + "/").json();
        assertThat(after.get("status").asText()).isEqualTo("REFUNDED");
        assertThat(after.get("amount_refunded").asText()).isEqualTo("29.00");
        assertThat(owner.get("/sales/api/sales/?status=REFUNDED").results()).hasSize(1);

        ApiClient.Response again = refundItems(sale, line, 1);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text("code")).isEqualTo("INVALID_SALE_STATUS");
        Integrity.assertClean(shop);
    }

    @Test
    void a_full_refund_takes_every_line_and_the_receipt_stays_and_names_its_refund() {
        String sale = cashSale(2, "20.00");

        ApiClient.Response r = refund(owner, sale, Map.of("reason", "Wrong order", "refund_type", "FULL"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/refund/refund_type").asText()).isEqualTo("FULL");
        assertThat(r.json().at("/refund/amount").asText()).isEqualTo("20.00");
        assertThat(r.json().at("/sale/status").asText()).isEqualTo("REFUNDED");
        ApiClient.Response receipt = owner.get("/sales/api/sales/" + sale + "/receipt/");
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(200);
        assertThat(receipt.text("status")).isEqualTo("REFUNDED");
        assertThat(receipt.text("amount_refunded")).isEqualTo("20.00");
        assertThat(receipt.json().at("/refunds/0/refund_number").asText())
                .isEqualTo(r.json().at("/refund/refund_number").asText());
        ApiClient.Response printed = owner.get("/sales/api/sales/" + sale + "/receipt/?format=html");
        assertThat(printed.body()).contains("Status: REFUNDED").contains(r.json().at("/refund/refund_number").asText());
        Integrity.assertClean(shop);
    }

    @Test
    void a_credit_sale_refund_lowers_what_is_owed_first_with_a_ledger_entry() {
        String customer = stock.customer("Kojo", "500.00");
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront, "customer", customer)).id();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 5));
        complete(sale, Map.of("payment_type", "CREDIT",
                "payments", List.of(Map.of("amount_paid", "20.00", "payment_method", "CASH"))));
        assertThat(stock.balance(customer)).isEqualByComparingTo("30.00");
        String line = lineOf(sale);

        ApiClient.Response r = refundItems(sale, line, 4);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/refund/amount").asText()).isEqualTo("40.00");
        assertThat(r.json().at("/refund/credit_amount").asText()).isEqualTo("30.00");
        assertThat(r.json().at("/refund/paid_out").asText()).isEqualTo("10.00");
        assertThat(r.json().at("/sale/amount_due").asText()).isEqualTo("0.00");
        assertThat(r.json().at("/sale/status").asText()).isEqualTo("COMPLETED");
        assertThat(stock.balance(customer)).isEqualByComparingTo("0.00");
        List<String> ledger = jdbi.withHandle(h -> h.createQuery("""
                        SELECT transaction_type || ' ' || amount || ' ' || balance_after FROM credit_transaction
                        WHERE business_id = :b AND customer_id = :c ORDER BY seq""")
                .bind("b", UUID.fromString(shop.businessId)).bind("c", UUID.fromString(customer))
                .mapTo(String.class).list());
        assertThat(ledger).containsExactly("CREDIT_SALE 30.00 30.00", "REFUND -30.00 0.00");
        Integrity.assertClean(shop);
    }

    @Test
    void money_goes_back_by_the_sales_own_tender_and_another_method_needs_an_owner() {
        String sale = draft(2);
        complete(sale, Map.of("payment_type", "CARD",
                "payments", List.of(Map.of("amount_paid", "20.00", "payment_method", "CARD"))));
        String line = lineOf(sale);
        ApiClient manager = Staff.add(shop, "MANAGER", storefront).client();

        ApiClient.Response byDefault = refund(manager, sale, Map.of("reason", "Too big",
                "items", List.of(item(line, 1))));
        assertThat(byDefault.status()).as(byDefault.toString()).isEqualTo(200);
        assertThat(byDefault.json().at("/refund/payout_method").asText()).isEqualTo("CARD");

        ApiClient.Response cash = refund(manager, sale, Map.of("reason", "Too big", "refund_method", "CASH",
                "items", List.of(item(line, 1))));
        assertThat(cash.status()).as(cash.toString()).isEqualTo(403);
        assertThat(refundRows()).isEqualTo(1);

        ApiClient.Response byOwner = refund(owner, sale, Map.of("reason", "Too big", "refund_method", "CASH",
                "items", List.of(item(line, 1))));
        assertThat(byOwner.status()).as(byOwner.toString()).isEqualTo(200);
        assertThat(byOwner.json().at("/refund/payout_method").asText()).isEqualTo("CASH");
        Integrity.assertClean(shop);
    }

    @Test
    void account_puts_the_money_on_the_customers_other_unpaid_sales_with_a_ledger_entry() {
        String customer = stock.customer("Yaa", "500.00");
        String owed = owner.post("/sales/api/sales/", Map.of("storefront", storefront, "customer", customer)).id();
        owner.post("/sales/api/sales/" + owed + "/add_item/", Map.of("product", product.id(), "quantity", 3));
        complete(owed, Map.of("payment_type", "CREDIT"));
        String paid = owner.post("/sales/api/sales/", Map.of("storefront", storefront, "customer", customer)).id();
        owner.post("/sales/api/sales/" + paid + "/add_item/", Map.of("product", product.id(), "quantity", 2));
        complete(paid, Map.of("payment_type", "CASH",
                "payments", List.of(Map.of("amount_paid", "20.00", "payment_method", "CASH"))));
        assertThat(stock.balance(customer)).isEqualByComparingTo("30.00");

        ApiClient.Response r = refund(owner, paid, Map.of("reason", "Swap for credit", "refund_type", "FULL",
                "refund_method", "ACCOUNT"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/refund/account_amount").asText()).isEqualTo("20.00");
        assertThat(r.json().at("/refund/paid_out").asText()).isEqualTo("20.00");
        assertThat(stock.balance(customer)).isEqualByComparingTo("10.00");
        assertThat(owner.get("/sales/api/sales/" + owed + "/").text("amount_due")).isEqualTo("10.00");
        ApiClient.Response ledger = owner.get("/sales/api/credit-transactions/?customer=" + customer);
        assertThat(ledger.results()).extracting(e -> e.get("transaction_type").asText())
                .containsExactly("CREDIT_SALE", "REFUND");
        assertThat(ledger.results().get(1).get("balance_after").asText()).isEqualTo("10.00");

        String walkInSale = cashSale(1, "10.00");
        ApiClient.Response walkIn = refund(owner, walkInSale, Map.of("reason", "x", "refund_type", "FULL",
                "refund_method", "ACCOUNT"));
        assertThat(walkIn.status()).as(walkIn.toString()).isEqualTo(400);
        Integrity.assertClean(shop);
    }

    @Test
    void past_the_refund_window_only_an_owner_or_admin_may_refund() {
        String sale = cashSale(2, "20.00");
        String line = lineOf(sale);
        ApiClient.Response settings = owner.patch("/accounts/api/business/", Map.of("refund_window_days", 0));
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        shop.server.clock().advance(java.time.Duration.ofSeconds(1));
        ApiClient manager = Staff.add(shop, "MANAGER", storefront).client();

        ApiClient.Response late = refund(manager, sale, Map.of("reason", "Late", "items", List.of(item(line, 1))));
        assertThat(late.status()).as(late.toString()).isEqualTo(403);
        assertThat(refundRows()).isZero();

        ApiClient.Response byOwner = refund(owner, sale, Map.of("reason", "Late", "items", List.of(item(line, 1))));
        assertThat(byOwner.status()).as(byOwner.toString()).isEqualTo(200);
    }

    @Test
    void a_cashier_may_not_refund_nor_cancel_a_completed_sale() {
        String sale = cashSale(1, "10.00");
        ApiClient cashier = Staff.add(shop, "CASHIER", storefront).client();

        ApiClient.Response r = refund(cashier, sale, Map.of("reason", "x", "refund_type", "FULL"));
        ApiClient.Response c = cashier.post("/sales/api/sales/" + sale + "/cancel/", Map.of("reason", "x"));

        assertThat(r.status()).isEqualTo(403);
        assertThat(c.status()).isEqualTo(403);
        assertThat(cashier.get("/sales/api/refunds/").status()).isEqualTo(403);
        assertThat(refundRows()).isZero();
    }

    @Test
    void bad_input_is_refused_with_the_field_named_and_nothing_written() {
        String sale = cashSale(2, "20.00");
        String line = lineOf(sale);
        String other = cashSale(1, "10.00");
        String otherLine = lineOf(other);
        BigDecimal shelf = onShelf();

        Map<String, ApiClient.Response> answers = new LinkedHashMap<>();
        answers.put("reason", refund(owner, sale, Map.of("items", List.of(item(line, 1)))));
        answers.put("reason ", refund(owner, sale, Map.of("reason", "  ", "items", List.of(item(line, 1)))));
        answers.put("items", refundItems(sale, line, 3));
        answers.put("items ", refundItems(sale, otherLine, 1));
        answers.put("items  ", refundItems(sale, line, 1, line, 1));
        answers.put("items   ", refundItems(sale, line, "0.5"));
        answers.put("items/0/quantity", refundItems(sale, line, 0));
        answers.put("refund_method", refund(owner, sale, Map.of("reason", "x", "refund_method", "GOLD",
                "items", List.of(item(line, 1)))));
        answers.put("refund_type", refund(owner, sale, Map.of("reason", "x", "refund_type", "SOME")));
        answers.put("items    ", refund(owner, sale, Map.of("reason", "x", "refund_type", "PARTIAL")));
        answers.put("session", refund(owner, sale, Map.of("reason", "x", "refund_type", "FULL",
                "session", UUID.randomUUID().toString())));

        answers.forEach((field, r) -> {
            assertThat(r.status()).as(field + ": " + r).isEqualTo(400);
            assertThat(r.text("code")).as(field + ": " + r).isEqualTo("VALIDATION_ERROR");
            String name = field.strip();
            if (name.contains("/")) {
                assertThat(r.json().path("details").toString()).as(field + ": " + r).contains("quantity");
            } else {
                assertThat(error(r, name)).as(field + ": " + r).isNotNull();
            }
        });
        assertThat(refundRows()).isZero();
        assertThat(onShelf()).isEqualByComparingTo(shelf);

        String draft = draft(1);
        ApiClient.Response ofDraft = refund(owner, draft, Map.of("reason", "x", "refund_type", "FULL"));
        assertThat(ofDraft.status()).isEqualTo(400);
        assertThat(ofDraft.text("code")).isEqualTo("INVALID_SALE_STATUS");
        owner.post("/sales/api/sales/" + draft + "/abandon/", Map.of());
        ApiClient.Response ofCancelled = refund(owner, draft, Map.of("reason", "x", "refund_type", "FULL"));
        assertThat(ofCancelled.status()).isEqualTo(400);
        assertThat(ofCancelled.text("code")).isEqualTo("INVALID_SALE_STATUS");
        assertThat(refundRows()).isZero();
        Integrity.assertClean(shop);
    }

    @Test
    void a_repeated_request_with_the_same_idempotency_key_refunds_once() {
        String sale = cashSale(2, "20.00");
        String line = lineOf(sale);
        ApiClient keyed = owner.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> body = Map.of("reason", "Spare", "items", List.of(item(line, 1)));

        ApiClient.Response first = refund(keyed, sale, body);
        ApiClient.Response replay = refund(keyed, sale, body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json().at("/refund/id").asText()).isEqualTo(first.json().at("/refund/id").asText());
        assertThat(refundRows()).isEqualTo(1);
    }

    // ---- cancel and delete -----------------------------------------------------------------------------------------

    @Test
    void cancel_of_a_completed_sale_refunds_it_in_full_and_leaves_it_cancelled() {
        String sale = cashSale(2, "20.00");
        BigDecimal before = onShelf();

        ApiClient.Response noReason = owner.post("/sales/api/sales/" + sale + "/cancel/", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(error(noReason, "reason")).isNotNull();

        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/cancel/", Map.of("reason", "Customer left"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("message")).isEqualTo("Sale cancelled successfully");
        assertThat(r.json().at("/sale/status").asText()).isEqualTo("CANCELLED");
        assertThat(r.json().at("/refund/amount").asText()).isEqualTo("20.00");
        assertThat(r.json().at("/refund/cancels_sale").asBoolean()).isTrue();
        assertThat(onShelf()).isEqualByComparingTo(before.add(new BigDecimal(2)));
        assertThat(audits("sale.cancelled", sale)).isEqualTo(1);

        ApiClient.Response again = owner.post("/sales/api/sales/" + sale + "/cancel/", Map.of("reason", "again"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("refund").isNull()).isTrue();
        assertThat(refundRows()).isEqualTo(1);
        assertThat(onShelf()).isEqualByComparingTo(before.add(new BigDecimal(2)));
        Integrity.assertClean(shop);
    }

    @Test
    void cancel_and_delete_of_a_draft_abandon_it_and_delete_refuses_a_completed_sale() {
        String a = draft(2);
        ApiClient.Response cancelled = owner.post("/sales/api/sales/" + a + "/cancel/", Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("refund").isNull()).isTrue();
        assertThat(cancelled.json().at("/released/count").asInt()).isEqualTo(1);
        assertThat(cancelled.json().at("/sale/status").asText()).isEqualTo("CANCELLED");

        String b = draft(1);
        assertThat(owner.delete("/sales/api/sales/" + b + "/").status()).isEqualTo(204);
        assertThat(owner.delete("/sales/api/sales/" + b + "/").status()).isEqualTo(204);
        assertThat(owner.get("/sales/api/sales/" + b + "/").text("status")).isEqualTo("CANCELLED");
        assertThat(stock.activeHolds(storefront, product.id())).isEqualByComparingTo("0");

        String done = cashSale(1, "10.00");
        ApiClient.Response refused = owner.delete("/sales/api/sales/" + done + "/");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("INVALID_SALE_STATUS");
        Integrity.assertClean(shop);
    }

    // ---- reading refunds -------------------------------------------------------------------------------------------

    @Test
    void refunds_are_listed_filtered_read_one_by_one_and_have_a_slip_with_a_signed_link() throws Exception {
        String a = cashSale(2, "20.00");
        String b = cashSale(1, "10.00");
        ApiClient.Response first = refundItems(a, lineOf(a), 1);
        ApiClient.Response second = refund(owner, b, Map.of("reason", "Expired", "refund_type", "FULL"));
        String id = first.json().at("/refund/id").asText();

        assertThat(owner.get("/sales/api/refunds/").results()).hasSize(2);
        ApiClient.Response page = owner.get("/sales/api/refunds/?sale=" + a);
        assertThat(page.json().get("count").asInt()).isEqualTo(1);
        assertThat(page.results().get(0).get("id").asText()).isEqualTo(id);
        assertThat(owner.get("/sales/api/refunds/?storefront=" + storefront).results()).hasSize(2);
        ApiClient.Response one = owner.get("/sales/api/refunds/" + id + "/");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.text("refund_number")).isEqualTo(first.json().at("/refund/refund_number").asText());
        assertThat(second.json().at("/refund/refund_number").asText()).endsWith("-0002");
        assertThat(TestBusiness.register().owner.get("/sales/api/refunds/" + id + "/").status()).isEqualTo(404);

        ApiClient.Response slip = owner.get("/sales/api/refunds/" + id + "/receipt/");
        assertThat(slip.status()).as(slip.toString()).isEqualTo(200);
        assertThat(slip.json().at("/refund/amount").asText()).isEqualTo("10.00");

        String link = first.json().at("/refund/receipt_url").asText();
        HttpResponse<String> html = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(shop.server.baseUrl() + link)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("REFUND").contains("Tin of milk");

        String forged = link.replaceAll("signature=[0-9a-f]+", "signature=" + "0".repeat(64));
        HttpResponse<String> refused = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(shop.server.baseUrl() + forged)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        String saleLink = owner.get("/sales/api/sales/" + a + "/").text("receipt_url");
        String crossed = "/sales/api/refunds/" + id + "/receipt/" + saleLink.substring(saleLink.indexOf('?'));
        HttpResponse<String> crossedAnswer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(shop.server.baseUrl() + crossed)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(crossedAnswer.statusCode()).isEqualTo(401);
    }

    @Test
    void a_refund_goes_to_the_named_open_session_even_a_cashiers_and_a_closed_one_is_refused() {
        String sale = cashSale(3, "30.00");
        String line = lineOf(sale);
        ApiClient cashier = Staff.add(shop, "CASHIER", storefront).client();
        ApiClient.Response open = cashier.post("/sales/api/sessions/", Map.of("storefront", storefront,
                "opening_float", "50.00"));
        assertThat(open.status()).as(open.toString()).isEqualTo(201);
        String session = open.id();

        ApiClient manager = Staff.add(shop, "MANAGER", storefront).client();
        ApiClient.Response r = refund(manager, sale, Map.of("reason", "Leaking", "session", session,
                "items", List.of(item(line, 1))));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/refund/session").asText()).isEqualTo(session);
        String audited = jdbi.withHandle(h -> h.createQuery("""
                        SELECT (event_data ->> 'session_id') || ' ' || (event_data ->> 'session_user_id')
                        FROM audit_log WHERE sale_id = :s AND event_type = 'refund.processed'""")
                .bind("s", UUID.fromString(sale)).mapTo(String.class).one());
        assertThat(audited).isEqualTo(session + " " + open.json().get("user").asText());

        ApiClient.Response close = cashier.post("/sales/api/sessions/" + session + "/close/",
                Map.of("counted_cash", "40.00"));
        assertThat(close.status()).as(close.toString()).isEqualTo(200);
        ApiClient.Response closed = refund(manager, sale, Map.of("reason", "Leaking", "session", session,
                "items", List.of(item(line, 1))));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(400);
        assertThat(error(closed, "session")).isNotNull();
        assertThat(refundRows()).isEqualTo(1);
        Integrity.assertClean(shop);
    }

    // ---- R10 -------------------------------------------------------------------------------------------------------

    @Test
    void twenty_concurrent_refunds_of_the_last_unit_refund_it_once() throws Exception {
        String sale = cashSale(2, "20.00");
        String line = lineOf(sale);
        assertThat(refundItems(sale, line, 1).status()).isEqualTo(200);
        BigDecimal shelf = onShelf();

        List<Integer> statuses = Concurrently.times(20, () -> refundItems(sale, line, 1).status());

        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(statuses).allMatch(s -> s == 200 || s == 400);
        assertThat(onShelf()).isEqualByComparingTo(shelf.add(BigDecimal.ONE));
        assertThat(refundRows()).isEqualTo(2);
        assertThat(owner.get("/sales/api/sales/" + sale + "/").text("status")).isEqualTo("REFUNDED");
        Integrity.assertClean(shop);
    }

    @Test
    void twenty_concurrent_cancels_refund_once() throws Exception {
        String sale = cashSale(3, "30.00");
        BigDecimal shelf = onShelf();

        List<ApiClient.Response> answers = Concurrently.times(20,
                () -> owner.post("/sales/api/sales/" + sale + "/cancel/", Map.of("reason", "Duplicate sale")));

        assertThat(answers).allMatch(r -> r.status() == 200);
        assertThat(answers.stream().filter(r -> !r.json().get("refund").isNull()).count()).isEqualTo(1);
        assertThat(onShelf()).isEqualByComparingTo(shelf.add(new BigDecimal(3)));
        assertThat(refundRows()).isEqualTo(1);
        Integrity.assertClean(shop);
    }

    @Test
    void a_refund_racing_a_payment_on_the_same_sale_serialises_and_the_books_balance() throws Exception {
        String customer = stock.customer("Abena", "500.00");
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront, "customer", customer)).id();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 2));
        complete(sale, Map.of("payment_type", "CREDIT"));

        List<ApiClient.Response> answers = Concurrently.run(List.of(
                () -> owner.post("/sales/api/sales/" + sale + "/record_payment/",
                        Map.of("amount_paid", "20.00", "payment_method", "CASH")),
                () -> refund(owner, sale, Map.of("reason", "Returned", "refund_type", "FULL"))));

        assertThat(answers.get(1).status()).as(answers.get(1).toString()).isEqualTo(200);
        JsonNode after = owner.get("/sales/api/sales/" + sale + "/").json();
        assertThat(after.get("status").asText()).isEqualTo("REFUNDED");
        assertThat(after.get("amount_due").asText()).isEqualTo("0.00");
        assertThat(stock.balance(customer)).isEqualByComparingTo("0.00");
        if (answers.get(0).status() == 200) {
            assertThat(after.get("amount_paid_out").asText()).isEqualTo("20.00");
        } else {
            assertThat(answers.get(0).text("code")).isEqualTo("INVALID_SALE_STATUS");
            assertThat(after.get("amount_credited").asText()).isEqualTo("20.00");
        }
        Integrity.assertClean(shop);
    }
}
