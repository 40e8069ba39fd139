package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.Staff;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day at the till as the React frontend written for the old backend (j-tee/frontend) drives it, replayed in
 * order against the running server: the requests with the bodies and query strings compat.md gives, and after
 * each one the fields that frontend reads (so a change that breaks it fails here, not in a shop). Each step names
 * its compat.md item.
 */
class OldFrontendReplayApiTest {

    private final TestBusiness shop = TestBusiness.register("Replay Shop");
    private final TestStock stock = new TestStock(shop);
    private final String storefront = stock.storefront("Main Street");
    private final TestStock.Product rice = stock.product(storefront, "Rice 1kg", "4.40", null, 50);

    /** The old frontend reads every list as a DRF page (X1). */
    private static JsonNode page(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.has("count") && body.has("next") && body.has("previous") && body.get("results").isArray())
                .as("a DRF page: " + r).isTrue();
        return body;
    }

    @Test
    void a_cashiers_day_as_the_old_frontend_sends_it() {
        String customer = stock.customer("Fred Amugi", "500.00");
        Staff.Member cashier = Staff.add(shop, "CASHIER", storefront);

        // E1: login; the client refuses a user without email_verified and is_active, and reads
        // employment.business.id without a null check
        ApiClient.Response login = shop.server.anonymous().post("/accounts/api/auth/login/",
                Map.of("email", cashier.email(), "password", Staff.PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().at("/user/email_verified").asBoolean()).isTrue();
        assertThat(login.json().at("/user/is_active").asBoolean()).isTrue();
        assertThat(login.json().at("/employment/business/id").asText()).isEqualTo(shop.businessId);
        assertThat(login.json().at("/employment/role").asText()).isEqualTo("STAFF");
        ApiClient till = shop.server.anonymous().withToken(login.text("token"));

        // E2, E3: session restore and the storefront picker
        assertThat(till.get("/accounts/api/users/me/").text("email")).isEqualTo(cashier.email());
        JsonNode mine = till.get("/accounts/api/users/storefronts/").json();
        assertThat(mine.at("/storefronts/0/id").asText()).isEqualTo(storefront);
        // E8: the storefront list with the old business filter
        JsonNode storefronts = page(till.get("/inventory/api/storefronts/?page=1&business=" + shop.businessId));
        assertThat(storefronts.at("/results/0/id").asText()).isEqualTo(storefront);

        // E6: the catalogue the cart is filled from
        JsonNode catalogue = till.get("/inventory/api/storefronts/" + storefront + "/sale-catalog/").json();
        JsonNode product = catalogue.at("/products/0");
        assertThat(product.get("product_id").asText()).isEqualTo(rice.id());
        assertThat(product.get("available_quantity").asInt()).isEqualTo(50);

        // E9: customers, walk-in first; a new customer with the old `type`
        JsonNode customers = page(till.get("/sales/api/customers/?page=1&search="));
        assertThat(customers.at("/results/0/name").asText()).isEqualTo("Walk-in Customer");
        ApiClient.Response created = till.post("/sales/api/customers/", Map.of("name", "Ama Owusu",
                "phone", "0244 111 222", "type", "RETAIL", "notes", "Prefers SMS", "business", shop.businessId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("customer_type")).isEqualTo("RETAIL");

        // A cart: create, add, change a line through the sale's own path (E10)
        String sale = till.post("/sales/api/sales/", Map.of("storefront", storefront, "type", "RETAIL")).id();
        ApiClient.Response added = till.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", rice.id(), "stock_product", rice.batch(), "quantity", 2));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String line = added.id();
        ApiClient.Response changed = till.patch("/sales/api/sales/" + sale + "/items/" + line + "/",
                Map.of("quantity", 3));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("total_price")).isEqualTo("13.20");

        // E11: the customer picker reads the sale at the top level or under `sale`
        ApiClient.Response picked = till.post("/sales/api/sales/" + sale + "/update_customer/",
                Map.of("customer", customer));
        assertThat(picked.status()).as(picked.toString()).isEqualTo(200);
        assertThat(picked.text("customer_name")).isEqualTo("Fred Amugi");
        assertThat(picked.json().at("/sale/customer_name").asText()).isEqualTo("Fred Amugi");

        // E12: checkout on credit with the old CREDIT tender of amount 0
        ApiClient.Response completed = till.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payment_type", "CREDIT", "payments", List.of(Map.of("payment_method", "CREDIT",
                        "amount_paid", 0))));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.text("status")).isEqualTo("PENDING");
        // E13: what the sales history and the credit tab read
        assertThat(completed.json().get("is_credit_sale").asBoolean()).isTrue();
        assertThat(completed.text("payment_status")).isEqualTo("unpaid");
        assertThat(completed.text("business_name")).isEqualTo("Replay Shop");

        // E14: the credit tab's list
        JsonNode pending = page(till.get("/sales/api/sales/?status=PENDING&page=1"));
        assertThat(pending.at("/results/0/id").asText()).isEqualTo(sale);

        // E16: a payment with the old field names; E15: the payment history
        ApiClient.Response paid = till.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount", "5.00", "payment_method", "MOBILE", "reference_number", "MM-778"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json().at("/sale/status").asText()).isEqualTo("PARTIAL");
        JsonNode history = page(till.get("/sales/api/sales/" + sale + "/payments/"));
        assertThat(history.at("/results/0/amount_paid").asText()).isEqualTo("5.00");
        assertThat(history.at("/results/0/reference_number").asText()).isEqualTo("MM-778");

        // D-3: the frontend sums money in floating point; a JSON number within 0.000001 of a cent is that cent
        ApiClient.Response floaty = till.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount_paid", 0.1 + 0.2, "payment_method", "CASH"));
        assertThat(floaty.status()).as(floaty.toString()).isEqualTo(200);
        assertThat(floaty.json().at("/payment/amount_paid").asText()).isEqualTo("0.30");
        ApiClient.Response fraction = till.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount_paid", 0.305, "payment_method", "CASH"));
        assertThat(fraction.status()).as(fraction.toString()).isEqualTo(400);

        // A second cart, one line removed through the sale's own path (E10), then abandoned
        String second = till.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        String secondLine = till.post("/sales/api/sales/" + second + "/add_item/",
                Map.of("product", rice.id(), "quantity", 1)).id();
        assertThat(till.delete("/sales/api/sales/" + second + "/items/" + secondLine + "/").status()).isEqualTo(204);
        assertThat(till.post("/sales/api/sales/" + second + "/abandon/", Map.of()).status()).isEqualTo(200);

        // The receipt opens in a new tab through its signed link
        String receipt = till.get("/sales/api/sales/" + sale + "/").text("receipt_url");
        assertThat(shop.server.anonymous().get(receipt.replace("format=html", "format=json")).status())
                .isEqualTo(200);


        // E17: the Sales page's stats and summary answer a CASHIER too (D-1), scoped to their storefronts
        ApiClient.Response stats = till.get("/sales/api/sales/todays-stats/?storefront=" + storefront);
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        assertThat(stats.text("accounts_receivable")).isEqualTo("7.90");
        assertThat(stats.json().get("partial_transactions").asInt()).isEqualTo(1);
        ApiClient.Response summary = till.get("/sales/api/sales/summary/?date_range=today&storefront=" + storefront);
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.json().at("/summary/total_sales").asText()).isEqualTo("13.20");
        assertThat(summary.json().at("/summary/credit_sales").asText()).isEqualTo("13.20");
        assertThat(summary.json().at("/summary/outstanding_credit").asText()).isEqualTo("7.90");

        // Logout revokes the token
        assertThat(till.post("/accounts/api/auth/logout/", null).status()).isEqualTo(204);
        assertThat(till.get("/accounts/api/users/me/").status()).isEqualTo(401);
        Integrity.assertClean(shop);
    }
}
