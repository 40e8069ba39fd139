package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sale lifecycle over HTTP against the running app and a real database. */
class SalesApiTest {

    private TestBusiness shop;
    private ApiClient owner;
    private TestStock stock;
    private String storefront;
    private TestStock.Product cola;

    @BeforeEach
    void setUp() {
        shop = TestBusiness.register();
        owner = shop.owner;
        stock = new TestStock(shop);
        storefront = stock.storefront("Main");
        cola = stock.product(storefront, "Cola", "20.00", "18.00", 10);
    }

    private String newSale() {
        ApiClient.Response r = owner.post("/sales/api/sales/", Map.of("storefront", storefront));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private ApiClient.Response add(String sale, String product, Object quantity) {
        return owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product, "quantity", quantity));
    }

    @Test
    void a_new_sale_is_an_empty_draft_for_the_walk_in_customer() {
        ApiClient.Response r = owner.post("/sales/api/sales/", Map.of("storefront", storefront, "status", "DRAFT",
                "notes", "till 3"));

        assertThat(r.status()).isEqualTo(201);
        JsonNode sale = r.json();
        assertThat(sale.get("status").asText()).isEqualTo("DRAFT");
        assertThat(sale.get("customer_name").asText()).isEqualTo("Walk-in Customer");
        assertThat(sale.get("storefront_name").asText()).isEqualTo("Main");
        assertThat(sale.get("type").asText()).isEqualTo("RETAIL");
        assertThat(sale.get("payment_type").asText()).isEqualTo("CASH");
        assertThat(sale.get("total_amount").asText()).isEqualTo("0.00");
        assertThat(sale.get("receipt_number").isNull()).isTrue();
        assertThat(sale.get("receipt_url").isNull()).isTrue();
        assertThat(sale.get("version").asLong()).isEqualTo(1);
        assertThat(sale.get("line_items").size()).isZero();
        assertThat(sale.get("notes").asText()).isEqualTo("till 3");
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void creating_a_sale_checks_storefront_customer_and_status() {
        ApiClient.Response unknownStorefront = owner.post("/sales/api/sales/",
                Map.of("storefront", "00000000-0000-0000-0000-000000000001"));
        ApiClient.Response badStatus = owner.post("/sales/api/sales/", Map.of("storefront", storefront,
                "status", "COMPLETED"));
        ApiClient.Response badId = owner.post("/sales/api/sales/", Map.of("storefront", "1-1-1-1-1"));

        assertThat(unknownStorefront.status()).isEqualTo(400);
        assertThat(unknownStorefront.json().at("/details/storefront/0").asText()).isEqualTo("Not found.");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().at("/details/status").isArray()).isTrue();
        assertThat(badId.json().at("/details/storefront/0").asText()).isEqualTo("Must be a valid UUID.");
    }

    @Test
    void add_item_prices_from_the_batch_holds_stock_and_recomputes_totals() {
        String sale = newSale();
        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", cola.id(), "quantity", "3", "tax_rate", "15"));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode line = r.json();
        assertThat(line.get("unit_price").asText()).isEqualTo("20.00");
        assertThat(line.get("quantity").asText()).isEqualTo("3.00");
        assertThat(line.get("tax_amount").asText()).isEqualTo("9.00");
        assertThat(line.get("total_price").asText()).isEqualTo("69.00");
        assertThat(line.get("stock_product").asText()).isEqualTo(cola.batch());
        assertThat(line.get("sale_version").asLong()).isEqualTo(2);
        assertThat(line.at("/reservation/status").asText()).isEqualTo("ACTIVE");
        assertThat(line.at("/reservation/quantity").asText()).isEqualTo("3.00");
        assertThat(Instant.parse(line.at("/reservation/expires_at").asText())).isAfter(Instant.now().plusSeconds(1700));
        assertThat(r.header("ETag")).isEqualTo("\"2\"");

        JsonNode saleBody = owner.get("/sales/api/sales/" + sale + "/").json();
        assertThat(saleBody.get("subtotal").asText()).isEqualTo("69.00");
        assertThat(saleBody.get("items_tax_amount").asText()).isEqualTo("9.00");
        assertThat(saleBody.get("total_amount").asText()).isEqualTo("69.00");
        assertThat(saleBody.get("amount_due").asText()).isEqualTo("69.00");

        JsonNode availability = owner.get("/inventory/api/storefronts/" + storefront + "/stock-products/"
                + cola.id() + "/availability/").json();
        assertThat(availability.get("total_available").asInt()).isEqualTo(10);
        assertThat(availability.get("reserved_quantity").asInt()).isEqualTo(3);
        assertThat(availability.get("unreserved_quantity").asInt()).isEqualTo(7);
        assertThat(availability.at("/reservations/0/sale_id").asText()).isEqualTo(sale);
        assertThat(availability.at("/reservations/0/customer_name").asText()).isEqualTo("Walk-in Customer");
        assertThat(availability.at("/batches/0/quantity").asInt()).isEqualTo(10);
        assertThat(availability.at("/batches/0/retail_price").asText()).isEqualTo("20.00");
    }

    @Test
    void add_item_beyond_what_is_free_is_insufficient_stock_with_the_seed_body() {
        String first = newSale();
        assertThat(add(first, cola.id(), 8).status()).isEqualTo(201);
        String second = newSale();
        ApiClient.Response r = owner.post("/sales/api/sales/" + second + "/add_item/",
                Map.of("product", cola.id(), "stock_product", cola.batch(), "quantity", "3"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("error")).isEqualTo("Unable to add item due to stock restrictions.");
        assertThat(r.text("code")).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(r.text("developer_message")).isEqualTo("Insufficient stock. Available: 2.00, Requested: 3.00");
        assertThat(r.json().at("/details/available").asText()).isEqualTo("2.00");
        assertThat(r.json().at("/details/requested").asText()).isEqualTo("3.00");
        assertThat(r.json().at("/details/stock_product_id").asText()).isEqualTo(cola.batch());
        assertThat(r.json().at("/details/product_id").asText()).isEqualTo(cola.id());
        assertThat(owner.get("/sales/api/sales/" + second + "/").json().get("line_items").size()).isZero();
    }

    @Test
    void add_item_validates_input_and_body_ids() {
        String sale = newSale();
        ApiClient.Response fractional = add(sale, cola.id(), "1.5");
        ApiClient.Response tooPrecise = add(sale, cola.id(), "1.555");
        ApiClient.Response zero = add(sale, cola.id(), 0);
        ApiClient.Response unknown = add(sale, "00000000-0000-0000-0000-000000000009", 1);
        ApiClient.Response everything = owner.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", "nope", "quantity", "abc", "unit_price", "-1"));

        assertThat(fractional.json().at("/details/quantity").isArray()).isTrue();
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(zero.status()).isEqualTo(400);
        assertThat(unknown.json().at("/details/product/0").asText()).isEqualTo("Not found.");
        assertThat(everything.json().get("details").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("product", "quantity", "unit_price");
        assertThat(owner.get("/sales/api/sales/" + sale + "/").json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void wholesale_sales_take_the_wholesale_price_and_explicit_prices_win() {
        ApiClient.Response created = owner.post("/sales/api/sales/", Map.of("storefront", storefront, "type", "WHOLESALE"));
        String sale = created.id();
        assertThat(add(sale, cola.id(), 1).json().get("unit_price").asText()).isEqualTo("18.00");
        ApiClient.Response explicit = owner.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", cola.id(), "quantity", 1, "unit_price", "65.00", "discount_percentage", "10"));
        assertThat(explicit.json().get("unit_price").asText()).isEqualTo("65.00");
        assertThat(explicit.json().get("discount_amount").asText()).isEqualTo("6.50");
        assertThat(explicit.json().get("total_price").asText()).isEqualTo("58.50");
    }

    @Test
    void changing_a_line_quantity_edits_its_hold_in_place() {
        String sale = newSale();
        String line = add(sale, cola.id(), 3).id();
        String other = newSale();
        assertThat(add(other, cola.id(), 3).status()).isEqualTo(201);

        ApiClient.Response up = owner.patch("/sales/api/sale-items/" + line + "/", Map.of("quantity", 5));
        assertThat(up.status()).as(up.toString()).isEqualTo(200);
        assertThat(up.json().at("/reservation/quantity").asText()).isEqualTo("5.00");
        assertThat(stock.inventory(storefront, cola.id())[1]).isEqualByComparingTo("8");

        ApiClient.Response tooMuch = owner.patch("/sales/api/sale-items/" + line + "/", Map.of("quantity", 10));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.text("code")).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(tooMuch.json().at("/details/available").asText()).isEqualTo("7.00");
        assertThat(tooMuch.json().at("/details/requested").asText()).isEqualTo("10.00");

        ApiClient.Response down = owner.patch("/sales/api/sale-items/" + line, Map.of("quantity", 2));
        assertThat(down.json().at("/reservation/quantity").asText()).isEqualTo("2.00");
        assertThat(down.json().get("total_price").asText()).isEqualTo("40.00");
        assertThat(stock.inventory(storefront, cola.id())[1]).isEqualByComparingTo("5");

        ApiClient.Response priceOnly = owner.patch("/sales/api/sale-items/" + line, Map.of("unit_price", "19.00"));
        assertThat(priceOnly.json().get("unit_price").asText()).isEqualTo("19.00");
        assertThat(stock.inventory(storefront, cola.id())[1]).isEqualByComparingTo("5");
        assertThat(owner.get("/sales/api/sales/" + sale).json().get("subtotal").asText()).isEqualTo("38.00");
    }

    @Test
    void deleting_a_line_releases_its_hold_and_answers_204_with_an_etag() {
        String sale = newSale();
        String line = add(sale, cola.id(), 4).id();

        ApiClient.Response r = owner.delete("/sales/api/sale-items/" + line + "/");

        assertThat(r.status()).isEqualTo(204);
        assertThat(r.header("ETag")).isEqualTo("\"3\"");
        assertThat(stock.inventory(storefront, cola.id())[1]).isEqualByComparingTo("0");
        JsonNode reservations = owner.get("/sales/api/sales/" + sale + "/reservations/").results();
        assertThat(reservations.get(0).get("status").asText()).isEqualTo("RELEASED");
        assertThat(reservations.get(0).get("release_reason").asText()).isEqualTo("ITEM_REMOVED");
        assertThat(owner.get("/sales/api/sales/" + sale).json().get("total_amount").asText()).isEqualTo("0.00");
    }

    @Test
    void release_reservation_frees_the_hold_once_and_then_reports_nothing() {
        String sale = newSale();
        String line = add(sale, cola.id(), 2).id();

        ApiClient.Response first = owner.post("/sales/api/sale-items/" + line + "/release_reservation/", null);
        ApiClient.Response second = owner.post("/sales/api/sale-items/" + line + "/release_reservation/", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().at("/released/count").asInt()).isEqualTo(1);
        assertThat(first.json().at("/released/total_quantity").asText()).isEqualTo("2.00");
        assertThat(first.json().at("/sale_item/reservation/status").asText()).isEqualTo("RELEASED");
        assertThat(second.json().at("/released/count").asInt()).isZero();
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(owner.get("/sales/api/sales/" + sale + "/reservations/?status=ACTIVE").results().size()).isZero();
        assertThat(owner.get("/sales/api/sales/" + sale + "/reservations/?status=RELEASED").results().size()).isEqualTo(1);
    }

    @Test
    void complete_with_cash_gives_change_takes_stock_and_numbers_the_receipt() {
        String sale = newSale();
        add(sale, cola.id(), 3);

        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/complete/", Map.of("payment_type", "CASH",
                "payments", List.of(Map.of("amount_paid", "100.00", "payment_method", "CASH"))));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(body.get("amount_paid").asText()).isEqualTo("100.00");
        assertThat(body.get("change_given").asText()).isEqualTo("40.00");
        assertThat(body.get("amount_due").asText()).isEqualTo("0.00");
        assertThat(body.get("receipt_number").asText()).matches("^S[0-9A-F]{7}-\\d{8}-0001$");
        assertThat(body.get("completed_at").isNull()).isFalse();
        assertThat(body.at("/payments/0/amount_paid").asText()).isEqualTo("100.00");
        assertThat(body.at("/line_items/0/reservation/status").asText()).isEqualTo("COMMITTED");
        BigDecimal[] inventory = stock.inventory(storefront, cola.id());
        assertThat(inventory[0]).isEqualByComparingTo("7");
        assertThat(inventory[1]).isEqualByComparingTo("0");

        String next = newSale();
        add(next, cola.id(), 1);
        ApiClient.Response second = owner.post("/sales/api/sales/" + next + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", 20, "payment_method", "CASH"))));
        assertThat(second.text("receipt_number")).endsWith("-0002");
    }

    @Test
    void complete_refuses_in_the_order_of_the_rules_and_changes_nothing() {
        String empty = newSale();
        assertThat(owner.post("/sales/api/sales/" + empty + "/complete/", Map.of()).text("code")).isEqualTo("EMPTY_SALE");

        String sale = newSale();
        add(sale, cola.id(), 1);
        ApiClient.Response noPayment = owner.post("/sales/api/sales/" + sale + "/complete/", Map.of());
        ApiClient.Response cardOnCash = owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", 20, "payment_method", "CARD"))));
        ApiClient.Response overpaidCard = owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payment_type", "CARD", "payments", List.of(Map.of("amount_paid", 25, "payment_method", "CARD"))));
        ApiClient.Response creditForWalkIn = owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", 5, "payment_method", "CASH"))));

        assertThat(noPayment.text("code")).isEqualTo("PAYMENT_REQUIRED");
        assertThat(cardOnCash.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(overpaidCard.text("code")).isEqualTo("OVERPAYMENT_NOT_ALLOWED");
        assertThat(creditForWalkIn.text("code")).isEqualTo("CUSTOMER_REQUIRED");
        JsonNode after = owner.get("/sales/api/sales/" + sale).json();
        assertThat(after.get("status").asText()).isEqualTo("DRAFT");
        assertThat(after.get("payments").size()).isZero();
        assertThat(after.at("/line_items/0/reservation/status").asText()).isEqualTo("ACTIVE");
        assertThat(stock.inventory(storefront, cola.id())[0]).isEqualByComparingTo("10");
        assertThat(stock.inventory(storefront, cola.id())[1]).isEqualByComparingTo("1");

        owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", 20, "payment_method", "CASH"))));
        ApiClient.Response again = owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", 20, "payment_method", "CASH"))));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text("code")).isEqualTo("INVALID_SALE_STATUS");
        assertThat(again.text("error")).isEqualTo("Only draft sales can be completed");
        assertThat(again.text("current_status")).isEqualTo("COMPLETED");
        assertThat(again.text("allowed_status")).isEqualTo("DRAFT");
    }

    @Test
    void draft_only_actions_on_a_completed_sale_answer_invalid_sale_status_before_validation() {
        String sale = newSale();
        String line = add(sale, cola.id(), 1).id();
        owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", 20, "payment_method", "CASH"))));

        ApiClient.Response addItem = owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of());
        ApiClient.Response patchLine = owner.patch("/sales/api/sale-items/" + line + "/", Map.of("quantity", "x"));
        ApiClient.Response patchSale = owner.patch("/sales/api/sales/" + sale + "/", Map.of("notes", "x"));
        ApiClient.Response toggle = owner.post("/sales/api/sales/" + sale + "/toggle_sale_type/", Map.of("type", "WHOLESALE"));
        ApiClient.Response abandon = owner.post("/sales/api/sales/" + sale + "/abandon/", Map.of());

        assertThat(addItem.text("error")).isEqualTo("Can only add items to draft sales");
        assertThat(patchLine.text("error")).isEqualTo("Can only change items of draft sales");
        assertThat(patchSale.text("error")).isEqualTo("Can only change draft sales");
        assertThat(toggle.text("error")).isEqualTo("Can only change draft sales");
        assertThat(abandon.text("error")).isEqualTo("Only draft sales can be abandoned");
        for (ApiClient.Response r : List.of(addItem, patchLine, patchSale, toggle, abandon)) {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.text("code")).isEqualTo("INVALID_SALE_STATUS");
            assertThat(r.text("current_status")).isEqualTo("COMPLETED");
            assertThat(r.text("allowed_status")).isEqualTo("DRAFT");
        }
    }

    @Test
    void abandon_cancels_and_releases_and_is_safe_to_repeat() {
        String sale = newSale();
        add(sale, cola.id(), 5);
        add(sale, cola.id(), 2);

        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/abandon/", Map.of());
        ApiClient.Response again = owner.post("/sales/api/sales/" + sale + "/abandon/", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/sale/status").asText()).isEqualTo("CANCELLED");
        assertThat(r.json().at("/sale/amount_due").asText()).isEqualTo("0.00");
        assertThat(r.json().at("/released/count").asInt()).isEqualTo(2);
        assertThat(r.json().at("/released/total_quantity").asText()).isEqualTo("7.00");
        assertThat(r.json().at("/released/reservations/0/product_name").asText()).isEqualTo("Cola");
        assertThat(r.json().at("/released/reservations/0/quantity").asText()).isEqualTo("5.00");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/released/count").asInt()).isZero();
        assertThat(again.json().at("/released/total_quantity").asText()).isEqualTo("0.00");
        assertThat(stock.inventory(storefront, cola.id())[1]).isEqualByComparingTo("0");
    }

    @Test
    void toggle_sale_type_reprices_batch_priced_lines_only() {
        String sale = newSale();
        String batchPriced = add(sale, cola.id(), 1).id();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", cola.id(), "quantity", 1,
                "unit_price", "50.00"));

        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/toggle_sale_type/", Map.of("type", "WHOLESALE"));
        ApiClient.Response same = owner.post("/sales/api/sales/" + sale + "/toggle_sale_type/", Map.of("type", "WHOLESALE"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/sale/type").asText()).isEqualTo("WHOLESALE");
        assertThat(r.json().get("updated_items").size()).isEqualTo(1);
        assertThat(r.json().at("/updated_items/0/sale_item").asText()).isEqualTo(batchPriced);
        assertThat(r.json().at("/updated_items/0/old_price").asText()).isEqualTo("20.00");
        assertThat(r.json().at("/updated_items/0/new_price").asText()).isEqualTo("18.00");
        assertThat(r.json().at("/sale/subtotal").asText()).isEqualTo("68.00");
        assertThat(same.json().get("updated_items").size()).isZero();
        assertThat(same.header("ETag")).isEqualTo(r.header("ETag"));
        assertThat(owner.post("/sales/api/sales/" + sale + "/toggle_sale_type/", Map.of("type", "retail")).status())
                .isEqualTo(400);
    }

    @Test
    void patch_sale_sets_sale_level_amounts_and_refuses_a_discount_above_the_subtotal() {
        String sale = newSale();
        add(sale, cola.id(), 2);

        ApiClient.Response ok = owner.patch("/sales/api/sales/" + sale + "/", Map.of("discount_amount", "5.00",
                "tax_amount", "1.50", "notes", "loyal"));
        ApiClient.Response tooMuch = owner.patch("/sales/api/sales/" + sale + "/", Map.of("discount_amount", "40.01"));

        assertThat(ok.json().get("total_amount").asText()).isEqualTo("36.50");
        assertThat(ok.json().get("notes").asText()).isEqualTo("loyal");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().at("/details/discount_amount").isArray()).isTrue();
    }

    @Test
    void a_stale_if_match_is_412_and_changes_nothing() {
        String sale = newSale();
        ApiClient.Response stale = owner.withHeader("If-Match", "\"7\"")
                .post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", cola.id(), "quantity", 1));
        ApiClient.Response weak = owner.withHeader("If-Match", "W/\"1\"")
                .post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", cola.id(), "quantity", 1));
        ApiClient.Response fresh = owner.withHeader("If-Match", "\"0\", \"1\"")
                .post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", cola.id(), "quantity", 1));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.text("code")).isEqualTo("PRECONDITION_FAILED");
        assertThat(stale.json().at("/details/current_version").asLong()).isEqualTo(1);
        assertThat(stale.header("ETag")).isEqualTo("\"1\"");
        assertThat(weak.status()).isEqualTo(412);
        assertThat(fresh.status()).isEqualTo(201);
    }

    @Test
    void an_expired_hold_stops_counting_and_checkout_takes_it_again_or_fails_for_that_line() {
        String sale = newSale();
        String line = add(sale, cola.id(), 6).id();
        shop.server.clock().advance(java.time.Duration.ofMinutes(31));
        {
            JsonNode view = owner.get("/sales/api/sales/" + sale).json();
            assertThat(view.at("/line_items/0/reservation/status").asText()).isEqualTo("EXPIRED");
            JsonNode availability = owner.get("/inventory/api/storefronts/" + storefront + "/stock-products/"
                    + cola.id() + "/availability/").json();
            assertThat(availability.get("reserved_quantity").asInt()).isZero();
            assertThat(owner.get("/sales/api/sales/" + sale + "/reservations/?status=ACTIVE").results().size()).isZero();
            assertThat(owner.get("/sales/api/sales/" + sale + "/reservations/?status=EXPIRED").results().size()).isEqualTo(1);

            String rival = newSale();
            assertThat(add(rival, cola.id(), 5).status()).isEqualTo(201);
            ApiClient.Response refused = owner.post("/sales/api/sales/" + sale + "/complete/",
                    Map.of("payments", List.of(Map.of("amount_paid", "120.00", "payment_method", "CASH"))));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text("error")).isEqualTo("Unable to complete sale due to stock restrictions.");
            assertThat(refused.json().at("/details/sale_item_id").asText()).isEqualTo(line);
            assertThat(refused.json().at("/details/available").asText()).isEqualTo("5.00");

            owner.post("/sales/api/sales/" + rival + "/abandon/", Map.of());
            ApiClient.Response done = owner.post("/sales/api/sales/" + sale + "/complete/",
                    Map.of("payments", List.of(Map.of("amount_paid", "120.00", "payment_method", "CASH"))));
            assertThat(done.status()).as(done.toString()).isEqualTo(200);
            assertThat(stock.inventory(storefront, cola.id())[0]).isEqualByComparingTo("4");
            assertThat(stock.inventory(storefront, cola.id())[1]).isEqualByComparingTo("0");
            assertThat(stock.activeHolds(storefront, cola.id())).isEqualByComparingTo("0");
        }
    }

    @Test
    void list_filters_by_status_storefront_and_search_with_paging_headers() {
        String a = newSale();
        String b = newSale();
        add(b, cola.id(), 1);
        owner.post("/sales/api/sales/" + b + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", 20, "payment_method", "CASH"))));

        ApiClient.Response all = owner.get("/sales/api/sales/?page_size=1");
        ApiClient.Response drafts = owner.get("/sales/api/sales/?status=DRAFT");
        ApiClient.Response completed = owner.get("/sales/api/sales/?status=COMPLETED,PENDING&storefront=" + storefront);
        ApiClient.Response byReceipt = owner.get("/sales/api/sales/?search=-0001");
        ApiClient.Response unknownStatus = owner.get("/sales/api/sales/?status=OPEN");
        ApiClient.Response foreignFilter = owner.get("/sales/api/sales/?storefront=00000000-0000-0000-0000-000000000002");

        assertThat(all.results().size()).isEqualTo(1);
        assertThat(all.header("X-Total-Count")).isEqualTo("2");
        assertThat(all.header("Link")).contains("rel=\"next\"").contains("page=2");
        assertThat(all.results().get(0).get("id").asText()).isEqualTo(b);
        assertThat(drafts.results().get(0).get("id").asText()).isEqualTo(a);
        assertThat(completed.results().size()).isEqualTo(1);
        assertThat(byReceipt.results().size()).isEqualTo(1);
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(foreignFilter.status()).isEqualTo(200);
        assertThat(foreignFilter.results().size()).isZero();
    }

    @Test
    void another_business_sees_404_and_an_unassigned_cashier_403() {
        String sale = newSale();
        String line = add(sale, cola.id(), 1).id();
        TestBusiness other = TestBusiness.register();
        String elsewhere = stock.storefront("Elsewhere");
        ApiClient cashier = stock.member("CASHIER", elsewhere);

        for (ApiClient.Response r : List.of(
                other.owner.get("/sales/api/sales/" + sale + "/"),
                other.owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", cola.id(), "quantity", 1)),
                other.owner.patch("/sales/api/sale-items/" + line + "/", Map.of("quantity", 2)),
                other.owner.delete("/sales/api/sale-items/" + line + "/"),
                other.owner.post("/sales/api/sales/" + sale + "/complete/", Map.of()),
                other.owner.post("/sales/api/sales/" + sale + "/abandon/", Map.of()),
                other.owner.get("/sales/api/sales/" + sale + "/reservations/"),
                other.owner.get("/inventory/api/storefronts/" + storefront + "/stock-products/" + cola.id() + "/availability/"),
                owner.get("/sales/api/sales/not-a-uuid/"))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.text("code")).isEqualTo("NOT_FOUND");
        }
        for (ApiClient.Response r : List.of(
                cashier.get("/sales/api/sales/" + sale + "/"),
                cashier.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", cola.id(), "quantity", 1)),
                cashier.post("/sales/api/sales/", Map.of("storefront", storefront)),
                cashier.get("/sales/api/sales/?storefront=" + storefront),
                cashier.get("/inventory/api/storefronts/" + storefront + "/stock-products/" + cola.id() + "/availability/"))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.text("code")).isEqualTo("PERMISSION_DENIED");
        }
        assertThat(cashier.get("/sales/api/sales/").results().size()).isZero();
        assertThat(other.owner.get("/sales/api/sales/").results().size()).isZero();
    }
}
