package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.OpenApiContract;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * compat.md E10, E11, E12, E13, E15 and E16: the sale requests of the old React frontend (written for the Django
 * backend), sent exactly as it sends them, and the fields it reads from the answers.
 */
class OldFrontendSaleAliasesApiTest {

    private static final String SHOP_NAME = "Ama's Hardware";

    private TestBusiness shop;
    private ApiClient owner;
    private TestStock stock;
    private String storefront;
    private TestStock.Product cement;
    private TestStock.Product nails;

    @BeforeEach
    void setUp() {
        shop = TestBusiness.register(SHOP_NAME);
        owner = shop.owner;
        stock = new TestStock(shop);
        storefront = stock.storefront("Main");
        cement = stock.product(storefront, "Cement bag", "1.10", null, 100);
        nails = stock.product(storefront, "Nails", "2.20", null, 100);
    }

    @AfterEach
    void clean() {
        Integrity.assertClean(shop);
    }

    private String draft(String customer) {
        Map<String, Object> body = new HashMap<>();
        body.put("storefront", storefront);
        if (customer != null) {
            body.put("customer", customer);
        }
        ApiClient.Response r = owner.post("/sales/api/sales/", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private String addItem(String sale, TestStock.Product product, int quantity) {
        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", quantity));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private ApiClient.Response complete(String sale, String rawBody) {
        return owner.post("/sales/api/sales/" + sale + "/complete/", rawBody);
    }

    // ---- E10 ----------------------------------------------------------------------------------------------

    @Test
    void e10_quantity_discount_and_removal_through_the_sales_own_path() {
        String sale = draft(null);
        String line = addItem(sale, cement, 1);
        String path = "/sales/api/sales/" + sale + "/items/" + line + "/";

        // SaleCart.tsx: {quantity: <int>}
        ApiClient.Response quantity = owner.patch(path, Map.of("quantity", 3));
        assertThat(quantity.status()).as(quantity.toString()).isEqualTo(200);
        assertThat(quantity.id()).isEqualTo(line);
        assertThat(quantity.text("quantity")).isEqualTo("3.00");
        assertThat(quantity.text("total_price")).isEqualTo("3.30");
        assertThat(quantity.header("ETag")).isNotNull();
        assertThat(stock.activeHolds(storefront, cement.id())).isEqualByComparingTo("3");

        // salesSlice.ts forwards the camelCase key unconverted: {discountPercentage: <n>}
        ApiClient.Response discount = owner.patch(path, Map.of("discountPercentage", 10));
        assertThat(discount.status()).as(discount.toString()).isEqualTo(200);
        assertThat(discount.id()).isEqualTo(line);
        assertThat(discount.text("discount_percentage")).isEqualTo("10.00");
        assertThat(discount.text("quantity")).isEqualTo("3.00");
        // the canonical key wins when both are sent; notes are ignored
        ApiClient.Response both = owner.patch(path, Map.of("discount_percentage", 5, "discountPercentage", 50,
                "notes", "ignored"));
        assertThat(both.text("discount_percentage")).isEqualTo("5.00");
        ApiClient.Response bad = owner.patch(path, Map.of("discountPercentage", "lots"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("code")).isEqualTo("VALIDATION_ERROR");

        // the same rules as the canonical path: If-Match
        ApiClient.Response stale = owner.withHeader("If-Match", "\"1\"").patch(path, Map.of("quantity", 2));
        assertThat(stale.status()).isEqualTo(412);

        // the sale's totals follow
        assertThat(owner.get("/sales/api/sales/" + sale + "/").text("total_amount"))
                .isEqualTo(both.text("total_price"));

        // Remove (SaleCart.tsx): 204, the hold released
        ApiClient.Response removed = owner.delete(path);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(removed.header("ETag")).isNotNull();
        assertThat(stock.activeHolds(storefront, cement.id())).isEqualByComparingTo("0");
        assertThat(owner.get("/sales/api/sales/" + sale + "/").json().get("line_items").size()).isZero();
        assertThat(owner.delete(path).status()).isEqualTo(404);
    }

    @Test
    void e10_the_line_must_belong_to_the_sale_and_other_methods_are_405() {
        String sale = draft(null);
        String other = draft(null);
        String line = addItem(sale, cement, 1);
        String otherLine = addItem(other, nails, 1);

        for (String path : List.of(
                "/sales/api/sales/" + sale + "/items/" + otherLine + "/",
                "/sales/api/sales/" + other + "/items/" + line + "/",
                "/sales/api/sales/" + sale + "/items/not-a-uuid/",
                "/sales/api/sales/not-a-uuid/items/" + line + "/",
                "/sales/api/sales/" + UUID.randomUUID() + "/items/" + line + "/",
                "/sales/api/sales/" + sale + "/items/" + UUID.randomUUID() + "/")) {
            ApiClient.Response patch = owner.patch(path, Map.of("quantity", 2));
            assertThat(patch.status()).as(patch.toString()).isEqualTo(404);
            assertThat(patch.text("code")).isEqualTo("NOT_FOUND");
            ApiClient.Response delete = owner.delete(path);
            assertThat(delete.status()).as(delete.toString()).isEqualTo(404);
            assertThat(delete.text("code")).isEqualTo("NOT_FOUND");
        }
        // another business's sale and line
        TestBusiness foreign = TestBusiness.register();
        assertThat(foreign.owner.patch("/sales/api/sales/" + sale + "/items/" + line + "/", Map.of("quantity", 2))
                .status()).isEqualTo(404);
        assertThat(foreign.owner.delete("/sales/api/sales/" + sale + "/items/" + line + "/").status()).isEqualTo(404);

        // nothing changed
        assertThat(owner.get("/sales/api/sales/" + sale + "/").json().at("/line_items/0/quantity").asText())
                .isEqualTo("1.00");
        assertThat(owner.get("/sales/api/sales/" + other + "/").json().at("/line_items/0/quantity").asText())
                .isEqualTo("1.00");

        ApiClient.Response get = owner.get("/sales/api/sales/" + sale + "/items/" + line + "/");
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.header("Allow")).contains("PATCH").contains("DELETE").contains("OPTIONS")
                .doesNotContain("GET");
    }

    // ---- E11 ----------------------------------------------------------------------------------------------

    @Test
    void e11_update_customer_answers_the_sale_at_the_top_level_and_wrapped() {
        String customer = stock.customer("Fred Amugi", "0.00");
        String sale = draft(null);
        addItem(sale, cement, 1);

        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/update_customer/",
                Map.of("customer", customer));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        // what the frontend reads (SalesPage.tsx)
        assertThat(r.text("customer")).isEqualTo(customer);
        assertThat(r.text("customer_name")).isEqualTo("Fred Amugi");
        assertThat(r.text("status")).isEqualTo("DRAFT");
        assertThat(r.id()).isEqualTo(sale);
        // what seed 000 reads
        assertThat(r.text("message")).isEqualTo("Customer updated successfully to Fred Amugi");
        assertThat(r.text("previous_customer")).isEqualTo("Walk-in Customer");
        assertThat(r.text("new_customer")).isEqualTo("Fred Amugi");
        assertThat(r.json().at("/sale/customer").asText()).isEqualTo(customer);
        // the top level is the whole Sale, the same as under `sale`
        JsonNode top = r.json().deepCopy();
        JsonNode wrapped = r.json().get("sale");
        ((com.fasterxml.jackson.databind.node.ObjectNode) top).remove(List.of("message", "previous_customer",
                "new_customer", "sale"));
        assertThat(top).isEqualTo(wrapped);
        assertThat(r.header("ETag")).isEqualTo("\"" + wrapped.get("version").asLong() + "\"");

        ApiClient.Response again = owner.patch("/sales/api/sales/" + sale + "/update_customer/",
                Map.of("customer", customer));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("message")).isEqualTo("Customer is already Fred Amugi");
        assertThat(again.text("customer_name")).isEqualTo("Fred Amugi");
        assertThat(again.text("previous_customer")).isEqualTo("Fred Amugi");
    }

    @Test
    void e11_the_documented_answer_repeats_every_sale_property() {
        Map<String, Schema> schemas = OpenApiContract.get().api().getComponents().getSchemas();
        Schema<?> sale = schemas.get("Sale");
        Schema<?> result = schemas.get("UpdateSaleCustomerResult");
        assertThat(result.getProperties().keySet()).containsAll(sale.getProperties().keySet());
        assertThat(result.getRequired()).containsAll(sale.getRequired());
    }

    // ---- E12 ----------------------------------------------------------------------------------------------

    @Test
    void e12_the_credit_tender_with_amount_zero_is_a_sale_on_credit() {
        String customer = stock.customer("Kojo", "500.00");
        String sale = draft(customer);
        addItem(sale, cement, 2);
        addItem(sale, nails, 1);

        // PaymentPanel.tsx, credit
        ApiClient.Response r = complete(sale, "{\"payment_type\":\"CREDIT\",\"payments\":[{\"payment_method\":"
                + "\"CREDIT\",\"amount_paid\":0,\"customer\":\"" + customer + "\"}],\"customer\":\"" + customer + "\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("status")).isEqualTo("PENDING");
        assertThat(r.text("payment_type")).isEqualTo("CREDIT");
        assertThat(r.text("amount_paid")).isEqualTo("0.00");
        assertThat(r.text("amount_due")).isEqualTo("4.40");
        assertThat(r.json().get("payments").size()).isZero();
        assertThat(r.text("receipt_number")).isNotNull();
        assertThat(r.json().get("is_credit_sale").asBoolean()).isTrue();
        assertThat(r.text("payment_status")).isEqualTo("unpaid");
        assertThat(r.text("payment_completion_percentage")).isEqualTo("0.00");
        assertThat(stock.balance(customer)).isEqualByComparingTo("4.40");
    }

    @Test
    void e12_a_credit_tender_beside_real_ones_leaves_them_as_a_deposit() {
        String customer = stock.customer("Abena", "500.00");
        String sale = draft(customer);
        addItem(sale, nails, 5);

        ApiClient.Response r = complete(sale, "{\"payment_type\":\"CREDIT\",\"payments\":["
                + "{\"payment_method\":\"CREDIT\",\"amount_paid\":7},"
                + "{\"payment_method\":\"CASH\",\"amount_paid\":\"4.00\"}]}");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("status")).isEqualTo("PARTIAL");
        assertThat(r.text("amount_paid")).isEqualTo("4.00");
        assertThat(r.text("amount_due")).isEqualTo("7.00");
        assertThat(r.json().get("payments").size()).isEqualTo(1);
        assertThat(r.text("payment_status")).isEqualTo("partial");
        assertThat(r.text("payment_completion_percentage")).isEqualTo("36.36");
        assertThat(r.json().get("is_credit_sale").asBoolean()).isTrue();
    }

    @Test
    void e12_a_credit_tender_with_any_other_payment_type_stays_refused() {
        String sale = draft(null);
        addItem(sale, cement, 1);

        for (String type : List.of("\"CASH\"", "\"MIXED\"", "null")) {
            ApiClient.Response r = complete(sale, "{\"payment_type\":" + type + ",\"payments\":[{\"payment_method\":"
                    + "\"CREDIT\",\"amount_paid\":0}]}");
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.text("code")).isEqualTo("VALIDATION_ERROR");
            assertThat(r.json().at("/details/payments[0].payment_method/0").asText()).startsWith("Must be one of:");
        }
        ApiClient.Response noType = complete(sale, "{\"payments\":[{\"payment_method\":\"CREDIT\",\"amount_paid\":0}]}");
        assertThat(noType.status()).isEqualTo(400);
        assertThat(owner.get("/sales/api/sales/" + sale + "/").text("status")).isEqualTo("DRAFT");
    }

    @Test
    void e12_cash_with_the_frontends_customer_keys_and_card_with_a_floating_point_total() {
        String cash = draft(null);
        addItem(cash, cement, 1);
        ApiClient.Response paid = complete(cash, "{\"payment_type\":\"CASH\",\"payments\":[{\"payment_method\":"
                + "\"CASH\",\"amount_paid\":5,\"customer\":null}],\"customer\":null}");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.text("status")).isEqualTo("COMPLETED");
        assertThat(paid.text("change_given")).isEqualTo("3.90");
        assertThat(paid.text("payment_status")).isEqualTo("paid");
        assertThat(paid.text("payment_completion_percentage")).isEqualTo("100.00");
        assertThat(paid.json().get("is_credit_sale").asBoolean()).isFalse();

        // 1.10 + 2.20 summed in JavaScript
        String card = draft(null);
        addItem(card, cement, 1);
        addItem(card, nails, 1);
        ApiClient.Response strict = complete(card, "{\"payment_type\":\"CARD\",\"payments\":[{\"payment_method\":"
                + "\"CARD\",\"amount_paid\":\"3.3000000000000003\"}]}");
        assertThat(strict.status()).as("strings stay strict").isEqualTo(400);
        ApiClient.Response far = complete(card, "{\"payment_type\":\"CARD\",\"payments\":[{\"payment_method\":"
                + "\"CARD\",\"amount_paid\":3.30001}]}");
        assertThat(far.status()).as("further than 0.000001 from a cent").isEqualTo(400);
        ApiClient.Response r = complete(card, "{\"payment_type\":\"CARD\",\"payments\":[{\"payment_method\":"
                + "\"CARD\",\"amount_paid\":3.3000000000000003,\"customer\":null}],\"customer\":null}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("status")).isEqualTo("COMPLETED");
        assertThat(r.text("amount_paid")).isEqualTo("3.30");
        assertThat(r.json().at("/payments/0/amount_paid").asText()).isEqualTo("3.30");
    }

    // ---- E13 ----------------------------------------------------------------------------------------------

    @Test
    void e13_payment_status_percentage_credit_flag_business_name_and_category_on_detail_and_list() {
        String customer = stock.customer("Esi", "500.00");
        String sale = draft(customer);
        addItem(sale, nails, 10);

        JsonNode draft = owner.get("/sales/api/sales/" + sale + "/").json();
        assertThat(draft.get("payment_status").isNull()).isTrue();
        assertThat(draft.get("payment_completion_percentage").asText()).isEqualTo("0.00");
        assertThat(draft.get("is_credit_sale").asBoolean()).isFalse();
        assertThat(draft.get("business_name").asText()).isEqualTo(SHOP_NAME);
        assertThat(draft.at("/line_items/0/product_category").isNull()).isTrue();

        complete(sale, "{\"payment_type\":\"CREDIT\",\"payments\":[{\"payment_method\":\"CREDIT\",\"amount_paid\":0}]}");
        ApiClient.Response part = owner.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount", "5.50", "payment_method", "CASH"));
        assertThat(part.status()).as(part.toString()).isEqualTo(200);
        JsonNode partial = part.json().get("sale");
        assertThat(partial.get("payment_status").asText()).isEqualTo("partial");
        assertThat(partial.get("payment_completion_percentage").asText()).isEqualTo("25.00");
        assertThat(partial.get("is_credit_sale").asBoolean()).isTrue();

        // the Credit tab's list (CreditManagement.tsx)
        JsonNode listed = null;
        for (JsonNode s : owner.get("/sales/api/sales/?page=1&page_size=20").results()) {
            if (s.get("id").asText().equals(sale)) {
                listed = s;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("payment_status").asText()).isEqualTo("partial");
        assertThat(listed.get("payment_completion_percentage").asText()).isEqualTo("25.00");
        assertThat(listed.get("business_name").asText()).isEqualTo(SHOP_NAME);
        assertThat(listed.at("/line_items/0/product_category").isNull()).isTrue();

        owner.post("/sales/api/sales/" + sale + "/record_payment/", Map.of("amount_paid", "16.50",
                "payment_method", "CASH"));
        JsonNode done = owner.get("/sales/api/sales/" + sale + "/").json();
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("payment_status").asText()).isEqualTo("paid");
        assertThat(done.get("payment_completion_percentage").asText()).isEqualTo("100.00");
        assertThat(done.get("is_credit_sale").asBoolean()).as("a credit sale stays one once paid").isTrue();

        // a cancelled draft: no badge; an empty draft: 100 %
        String empty = draft(null);
        assertThat(owner.get("/sales/api/sales/" + empty + "/").text("payment_completion_percentage"))
                .isEqualTo("100.00");
        ApiClient.Response abandoned = owner.post("/sales/api/sales/" + empty + "/abandon/", Map.of());
        assertThat(abandoned.json().at("/sale/payment_status").isNull()).isTrue();
        assertThat(abandoned.json().at("/sale/business_name").asText()).isEqualTo(SHOP_NAME);
    }

    // ---- E15 ----------------------------------------------------------------------------------------------

    @Test
    void e15_the_payment_history_of_a_sale_is_a_page_oldest_first() {
        String customer = stock.customer("Yaa", "500.00");
        String sale = draft(customer);
        addItem(sale, nails, 10);
        complete(sale, "{\"payment_type\":\"CREDIT\",\"payments\":[{\"payment_method\":\"CASH\",\"amount_paid\":\"2.00\","
                + "\"reference\":\"\"}]}");
        owner.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount", "3.00", "payment_method", "MOBILE", "reference_number", "MM-77"));

        ApiClient.Response r = owner.get("/sales/api/sales/" + sale + "/payments/");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode rows = r.results();
        assertThat(r.json().get("count").asInt()).isEqualTo(2);
        assertThat(rows.size()).isEqualTo(2);
        JsonNode first = rows.get(0);
        JsonNode second = rows.get(1);
        // PaymentHistoryModal: amount_paid ?? amount, created_at, payment_method, reference_number, notes
        assertThat(first.get("amount_paid").asText()).isEqualTo("2.00");
        assertThat(first.get("payment_method").asText()).isEqualTo("CASH");
        assertThat(first.get("reference_number").isNull()).isTrue();
        assertThat(first.get("notes").isNull()).isTrue();
        assertThat(first.get("sale").asText()).isEqualTo(sale);
        assertThat(second.get("amount_paid").asText()).isEqualTo("3.00");
        assertThat(second.get("payment_method").asText()).isEqualTo("MOBILE");
        assertThat(second.get("reference").asText()).isEqualTo("MM-77");
        assertThat(second.get("reference_number").asText()).isEqualTo("MM-77");
        assertThat(first.get("created_at").asText()).isLessThanOrEqualTo(second.get("created_at").asText());

        ApiClient.Response paged = owner.get("/sales/api/sales/" + sale + "/payments/?page=2&page_size=1");
        assertThat(paged.results().get(0).get("id").asText()).isEqualTo(second.get("id").asText());
        assertThat(paged.json().get("next").isNull()).isTrue();
        assertThat(paged.json().get("previous").asText()).contains("page=1");

        // a draft has none; a cashier of the storefront may read it
        String other = draft(null);
        assertThat(owner.get("/sales/api/sales/" + other + "/payments/").json().get("count").asInt()).isZero();
        ApiClient cashier = stock.member("CASHIER", storefront);
        assertThat(cashier.get("/sales/api/sales/" + sale + "/payments/").json().get("count").asInt()).isEqualTo(2);

        assertThat(owner.get("/sales/api/sales/" + UUID.randomUUID() + "/payments/").status()).isEqualTo(404);
        assertThat(owner.get("/sales/api/sales/nope/payments/").status()).isEqualTo(404);
        assertThat(TestBusiness.register().owner.get("/sales/api/sales/" + sale + "/payments/").status())
                .isEqualTo(404);
    }

    // ---- E16 ----------------------------------------------------------------------------------------------

    @Test
    void e16_record_payment_reads_the_frontends_amount_and_reference_number() {
        String customer = stock.customer("Kwame", "500.00");
        String sale = draft(customer);
        addItem(sale, nails, 10);
        complete(sale, "{\"payment_type\":\"CREDIT\",\"payments\":[{\"payment_method\":\"CREDIT\",\"amount_paid\":0}]}");

        // RecordPaymentModal: {amount: "<2-decimal string>", payment_method, reference_number?, notes?}
        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount", "10.00", "payment_method", "BANK_TRANSFER", "reference_number", "TRF-9",
                        "notes", "first instalment"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/payment/amount_paid").asText()).isEqualTo("10.00");
        assertThat(r.json().at("/payment/payment_method").asText()).isEqualTo("BANK_TRANSFER");
        assertThat(r.json().at("/payment/reference").asText()).isEqualTo("TRF-9");
        assertThat(r.json().at("/sale/amount_due").asText()).isEqualTo("12.00");
        assertThat(r.text("message")).isNotBlank();
        assertThat(stock.balance(customer)).isEqualByComparingTo("12.00");

        // the canonical keys win when both are sent
        ApiClient.Response both = owner.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount_paid", "1.00", "amount", "9.00", "payment_method", "CASH", "reference", "A",
                        "reference_number", "B"));
        assertThat(both.json().at("/payment/amount_paid").asText()).isEqualTo("1.00");
        assertThat(both.json().at("/payment/reference").asText()).isEqualTo("A");

        // CHECK is no SC method
        ApiClient.Response check = owner.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount", "1.00", "payment_method", "CHECK"));
        assertThat(check.status()).isEqualTo(400);
        assertThat(check.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(check.json().get("details").has("payment_method")).isTrue();

        ApiClient.Response zero = owner.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount", "0.00", "payment_method", "CASH"));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("details").has("amount")).isTrue();
        ApiClient.Response none = owner.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("payment_method", "CASH"));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("details").has("amount_paid")).isTrue();

        ApiClient.Response history = owner.get("/sales/api/sales/" + sale + "/payments/");
        List<String> references = new ArrayList<>();
        history.results().forEach(p -> references.add(p.get("reference_number").asText()));
        assertThat(references).containsExactly("TRF-9", "A");
    }
}
