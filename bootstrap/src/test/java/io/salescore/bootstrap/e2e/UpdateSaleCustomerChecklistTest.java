package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Testing Checklist" of seed 000 (update_customer), one test per line the backend can answer. */
class UpdateSaleCustomerChecklistTest {

    private TestBusiness shop;
    private ApiClient owner;
    private TestStock stock;
    private String storefront;
    private String fred;
    private TestStock.Product product;

    @BeforeEach
    void setUp() {
        shop = TestBusiness.register();
        owner = shop.owner;
        stock = new TestStock(shop);
        storefront = stock.storefront("Main");
        fred = stock.customer("Fred Amugi", "0.00");
        product = stock.product(storefront, "Router", "65.00", "60.00", 10);
    }

    private String newSale() {
        return owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
    }

    private ApiClient.Response updateCustomer(String sale, Object customer) {
        return owner.patch("/sales/api/sales/" + sale + "/update_customer/",
                customer == null ? Map.of() : Map.of("customer", customer));
    }

    private JsonNode customerAuditEntries(String sale) {
        return owner.get("/sales/api/audit-logs/?sale=" + sale + "&event_type=sale.customer_updated").results();
    }

    private String completedSale() {
        String sale = newSale();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        assertThat(owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", "65.00", "payment_method", "CASH")))).status())
                .isEqualTo(200);
        return sale;
    }

    @Test
    @DisplayName("Can update customer on DRAFT sale")
    void can_update_customer_on_draft_sale() {
        String sale = newSale();
        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/update_customer/", Map.of("customer", fred));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("message")).isEqualTo("Customer updated successfully to Fred Amugi");
        assertThat(r.text("previous_customer")).isEqualTo("Walk-in Customer");
        assertThat(r.text("new_customer")).isEqualTo("Fred Amugi");
        assertThat(r.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    @DisplayName("Cannot update customer on COMPLETED sale")
    void cannot_update_customer_on_completed_sale() {
        String sale = completedSale();
        ApiClient.Response r = updateCustomer(sale, fred);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("error")).isEqualTo("Cannot update customer on a sale that is not in DRAFT status");
        assertThat(r.text("code")).isEqualTo("INVALID_SALE_STATUS");
        assertThat(r.text("current_status")).isEqualTo("COMPLETED");
        assertThat(r.text("allowed_status")).isEqualTo("DRAFT");
        assertThat(r.text("message")).isEqualTo("Customer can only be changed before the sale is completed. "
                + "To change customer on a completed sale, you must cancel and recreate it.");
        assertThat(r.json().has("developer_message")).isTrue();
        assertThat(r.json().get("details").isObject()).isTrue();
        // The status is checked before the body: a missing customer on a completed sale is still this error.
        assertThat(updateCustomer(sale, null).text("code")).isEqualTo("INVALID_SALE_STATUS");
    }

    @Test
    @DisplayName("Cannot update customer on CANCELLED sale")
    void cannot_update_customer_on_cancelled_sale() {
        String sale = newSale();
        owner.post("/sales/api/sales/" + sale + "/abandon/", Map.of());
        ApiClient.Response r = updateCustomer(sale, fred);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("INVALID_SALE_STATUS");
        assertThat(r.text("current_status")).isEqualTo("CANCELLED");
    }

    @Test
    @DisplayName("Customer must exist in system")
    void customer_must_exist_in_system() {
        String sale = newSale();
        String unknown = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
        ApiClient.Response r = updateCustomer(sale, unknown);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text("error")).isEqualTo("Customer not found or does not belong to this business");
        assertThat(r.text("code")).isEqualTo("CUSTOMER_NOT_FOUND");
        assertThat(r.text("customer_id")).isEqualTo(unknown);
        assertThat(r.text("business_id")).isEqualTo(shop.businessId);
        assertThat(r.text("message")).isEqualTo("The customer must exist and belong to the same business as the sale");
    }

    @Test
    @DisplayName("Customer must belong to same business")
    void customer_must_belong_to_same_business() {
        TestBusiness other = TestBusiness.register();
        String foreign = new TestStock(other).customer("Someone Else", "0.00");
        String sale = newSale();
        ApiClient.Response r = updateCustomer(sale, foreign);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text("code")).isEqualTo("CUSTOMER_NOT_FOUND");
        assertThat(owner.get("/sales/api/sales/" + sale).json().get("customer_name").asText()).isEqualTo("Walk-in Customer");
    }

    @Test
    @DisplayName("Returns updated sale object")
    void returns_updated_sale_object() {
        String sale = newSale();
        JsonNode body = updateCustomer(sale, fred).json().get("sale");

        assertThat(body.get("id").asText()).isEqualTo(sale);
        assertThat(body.get("customer").asText()).isEqualTo(fred);
        assertThat(body.get("customer_name").asText()).isEqualTo("Fred Amugi");
        assertThat(body.get("status").asText()).isEqualTo("DRAFT");
        assertThat(body.get("business").asText()).isEqualTo(shop.businessId);
        assertThat(body.get("storefront").asText()).isEqualTo(storefront);
        assertThat(body.get("total_amount").asText()).isEqualTo("0.00");
        assertThat(body.get("version").asLong()).isEqualTo(2);
    }

    @Test
    @DisplayName("Audit log created for change")
    void audit_log_created_for_change() {
        String sale = newSale();
        updateCustomer(sale, fred);
        JsonNode entries = customerAuditEntries(sale);

        assertThat(entries.isArray()).isTrue();
        assertThat(entries.size()).isEqualTo(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("event_type").asText()).isEqualTo("sale.customer_updated");
        assertThat(entry.get("sale").asText()).isEqualTo(sale);
        assertThat(entry.get("user").asText()).isEqualTo(shop.ownerId);
        assertThat(entry.get("user_name").asText()).startsWith("Owner of");
        assertThat(entry.get("description").asText())
                .isEqualTo("Customer updated from \"Walk-in Customer\" to \"Fred Amugi\" on sale " + sale);
        assertThat(entry.get("ip_address").asText()).isNotBlank();
        assertThat(entry.get("user_agent").asText()).isNotBlank();
        assertThat(entry.at("/event_data/sale_status").asText()).isEqualTo("DRAFT");
        // Setting the same customer again changes nothing and writes no entry.
        ApiClient.Response same = updateCustomer(sale, fred);
        assertThat(same.text("message")).isEqualTo("Customer is already Fred Amugi");
        assertThat(same.text("previous_customer")).isEqualTo("Fred Amugi");
        assertThat(same.json().at("/sale/version").asLong()).isEqualTo(2);
        assertThat(customerAuditEntries(sale).size()).isEqualTo(1);
    }

    @Test
    @DisplayName("Previous customer stored in audit")
    void previous_customer_stored_in_audit() {
        String sale = newSale();
        String walkIn = owner.get("/sales/api/sales/" + sale).text("customer");
        updateCustomer(sale, fred);
        JsonNode data = customerAuditEntries(sale).get(0).get("event_data");

        assertThat(data.get("old_customer_id").asText()).isEqualTo(walkIn);
        assertThat(data.get("old_customer_name").asText()).isEqualTo("Walk-in Customer");
    }

    @Test
    @DisplayName("New customer stored in audit")
    void new_customer_stored_in_audit() {
        String sale = newSale();
        updateCustomer(sale, fred);
        JsonNode entry = customerAuditEntries(sale).get(0);

        assertThat(entry.at("/event_data/new_customer_id").asText()).isEqualTo(fred);
        assertThat(entry.at("/event_data/new_customer_name").asText()).isEqualTo("Fred Amugi");
        assertThat(entry.get("customer").asText()).isEqualTo(fred);
    }

    @Test
    @DisplayName("Customer selection persists through page refresh")
    void customer_selection_persists_through_page_refresh() {
        String sale = newSale();
        updateCustomer(sale, fred);
        JsonNode reloaded = owner.get("/sales/api/sales/" + sale + "/").json();

        assertThat(reloaded.get("customer").asText()).isEqualTo(fred);
        assertThat(reloaded.get("customer_name").asText()).isEqualTo("Fred Amugi");
    }

    @Test
    @DisplayName("Customer shows on receipt after completion")
    void customer_shows_on_receipt_after_completion() {
        String sale = newSale();
        updateCustomer(sale, fred);
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", "65.00", "payment_method", "CASH"))));

        ApiClient.Response receipt = owner.get("/sales/api/sales/" + sale + "/receipt/");
        ApiClient.Response html = owner.get("/sales/api/sales/" + sale + "/receipt/?format=html");

        assertThat(receipt.json().at("/customer/name").asText()).isEqualTo("Fred Amugi");
        assertThat(html.body()).contains("Fred Amugi");
    }

    @Test
    @DisplayName("Multiple customer changes logged correctly")
    void multiple_customer_changes_logged_correctly() {
        String ama = stock.customer("Ama Owusu", "0.00");
        String sale = newSale();
        updateCustomer(sale, fred);
        updateCustomer(sale, ama);
        updateCustomer(sale, fred);
        JsonNode entries = customerAuditEntries(sale);

        assertThat(entries.size()).isEqualTo(3);
        assertThat(entries.get(0).at("/event_data/new_customer_name").asText()).isEqualTo("Fred Amugi");
        assertThat(entries.get(0).at("/event_data/old_customer_name").asText()).isEqualTo("Ama Owusu");
        assertThat(entries.get(1).at("/event_data/old_customer_name").asText()).isEqualTo("Fred Amugi");
        assertThat(entries.get(2).at("/event_data/old_customer_name").asText()).isEqualTo("Walk-in Customer");
        assertThat(entries.get(0).get("sequence").asLong()).isGreaterThan(entries.get(1).get("sequence").asLong());
    }

    @Test
    @DisplayName("Concurrent updates handled safely")
    void concurrent_updates_handled_safely() throws Exception {
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            customers.add(stock.customer("Customer " + i, "0.00"));
        }
        String sale = newSale();
        ExecutorService pool = Executors.newFixedThreadPool(customers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> futures = new ArrayList<>();
        for (String customer : customers) {
            futures.add(pool.submit(() -> {
                start.await();
                return updateCustomer(sale, customer);
            }));
        }
        start.countDown();
        for (Future<ApiClient.Response> f : futures) {
            assertThat(f.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        pool.shutdown();

        JsonNode entries = customerAuditEntries(sale);
        assertThat(entries.size()).isEqualTo(customers.size());
        for (int i = 0; i < entries.size() - 1; i++) {
            assertThat(entries.get(i).at("/event_data/old_customer_id").asText())
                    .isEqualTo(entries.get(i + 1).at("/event_data/new_customer_id").asText());
        }
        JsonNode finalSale = owner.get("/sales/api/sales/" + sale).json();
        assertThat(finalSale.get("customer").asText()).isEqualTo(entries.get(0).at("/event_data/new_customer_id").asText());
        assertThat(finalSale.get("version").asLong()).isEqualTo(1 + customers.size());
    }

    @Test
    @DisplayName("Works with wholesale/retail toggle")
    void works_with_wholesale_retail_toggle() {
        String sale = newSale();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        updateCustomer(sale, fred);
        ApiClient.Response toggled = owner.post("/sales/api/sales/" + sale + "/toggle_sale_type/",
                Map.of("type", "WHOLESALE"));

        assertThat(toggled.json().at("/sale/customer_name").asText()).isEqualTo("Fred Amugi");
        assertThat(toggled.json().at("/sale/type").asText()).isEqualTo("WHOLESALE");
        assertThat(toggled.json().at("/sale/total_amount").asText()).isEqualTo("60.00");
        ApiClient.Response back = updateCustomer(sale, owner.get("/sales/api/sales/" + sale).text("customer"));
        assertThat(back.json().at("/sale/type").asText()).isEqualTo("WHOLESALE");
    }

    @Test
    @DisplayName("Missing, empty or malformed customer gives the seed's error bodies")
    void missing_empty_or_malformed_customer() {
        String sale = newSale();
        for (ApiClient.Response r : List.of(updateCustomer(sale, null), updateCustomer(sale, ""),
                owner.patch("/sales/api/sales/" + sale + "/update_customer/", "{\"customer\": null}"))) {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.text("error")).isEqualTo("customer field is required");
            assertThat(r.text("code")).isEqualTo("VALIDATION_ERROR");
            assertThat(r.text("message")).isEqualTo("Please provide a customer UUID in the request body");
            assertThat(r.json().at("/example/customer").asText()).isEqualTo("uuid-of-customer");
        }
        for (ApiClient.Response r : List.of(updateCustomer(sale, "not-a-uuid"), updateCustomer(sale, 42),
                updateCustomer(sale, "1-1-1-1-1"))) {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.text("error")).isEqualTo("Invalid customer ID format");
            assertThat(r.text("message")).isEqualTo("Customer ID must be a valid UUID");
        }
    }
}
