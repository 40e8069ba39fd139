package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /sales/api/credit-transactions/?customer=}: the customer's account ledger, oldest first. */
class CreditLedgerApiTest {

    private static final String LEDGER = "/sales/api/credit-transactions/?customer=";

    private TestBusiness shop;
    private ApiClient owner;
    private TestStock stock;
    private String storefront;
    private TestStock.Product product;

    @BeforeEach
    void setUp() {
        shop = TestBusiness.register();
        owner = shop.owner;
        stock = new TestStock(shop);
        storefront = stock.storefront("Main");
        product = stock.product(storefront, "Cement bag", "50.00", null, 1000);
    }

    /** A credit sale of {@code quantity} bags (50.00 each) with {@code paid} paid at checkout. */
    private String creditSale(String customer, int quantity, String paid) {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront, "customer", customer)).id();
        assertThat(owner.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", quantity)).status()).isEqualTo(201);
        ApiClient.Response done = owner.post("/sales/api/sales/" + sale + "/complete/", Map.of("payment_type", "CREDIT",
                "payments", paid.equals("0.00") ? List.of()
                        : List.of(Map.of("amount_paid", paid, "payment_method", "CASH"))));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        return sale;
    }

    private String pay(String sale, String amount) {
        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount_paid", amount, "payment_method", "MOBILE", "reference", "MM-7"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().at("/payment/id").asText();
    }

    @Test
    void a_credit_sale_and_a_payment_are_listed_oldest_first_with_balances_before_and_after() {
        String customer = stock.customer("Kojo", "500.00");
        String sale = creditSale(customer, 4, "50.00");
        String payment = pay(sale, "30.00");

        ApiClient.Response r = owner.get(LEDGER + customer);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("X-Total-Count")).isEqualTo("2");
        JsonNode entries = r.results();
        assertThat(entries).hasSize(2);
        JsonNode credit = entries.get(0);
        assertThat(credit.get("transaction_type").asText()).isEqualTo("CREDIT_SALE");
        assertThat(credit.get("customer").asText()).isEqualTo(customer);
        assertThat(credit.get("amount").asText()).isEqualTo("150.00");
        assertThat(credit.get("balance_before").asText()).isEqualTo("0.00");
        assertThat(credit.get("balance_after").asText()).isEqualTo("150.00");
        assertThat(credit.get("sale").asText()).isEqualTo(sale);
        assertThat(credit.get("reference_id").isNull()).isTrue();
        assertThat(credit.get("created_by").asText()).isEqualTo(shop.ownerId);
        assertThat(credit.get("created_at").asText()).endsWith("Z");
        JsonNode paid = entries.get(1);
        assertThat(paid.get("transaction_type").asText()).isEqualTo("PAYMENT");
        assertThat(paid.get("amount").asText()).isEqualTo("-30.00");
        assertThat(paid.get("balance_before").asText()).isEqualTo("150.00");
        assertThat(paid.get("balance_after").asText()).isEqualTo("120.00");
        assertThat(paid.get("sale").asText()).isEqualTo(sale);
        assertThat(paid.get("reference_id").asText()).isEqualTo(payment);
        assertThat(paid.get("description").asText()).contains("MOBILE").contains("MM-7");

        String outstanding = owner.get("/sales/api/customers/" + customer + "/").text("outstanding_balance");
        assertThat(outstanding).isEqualTo("120.00");
        assertThat(new BigDecimal(paid.get("balance_after").asText())).isEqualByComparingTo(stock.balance(customer));
        Integrity.assertClean(shop);
    }

    @Test
    void the_ledger_is_paged_and_a_customer_without_entries_has_an_empty_page() {
        String customer = stock.customer("Efua", "1000.00");
        String first = creditSale(customer, 2, "0.00");
        String second = creditSale(customer, 1, "0.00");
        pay(first, "40.00");
        pay(second, "50.00");

        ApiClient.Response page1 = owner.get(LEDGER + customer + "&page_size=3");
        ApiClient.Response page2 = owner.get(LEDGER + customer + "&page_size=3&page=2");
        ApiClient.Response beyond = owner.get(LEDGER + customer + "&page_size=3&page=3");

        assertThat(page1.json().get("count").asInt()).isEqualTo(4);
        assertThat(page1.results()).hasSize(3);
        assertThat(page1.json().get("previous").isNull()).isTrue();
        assertThat(page1.json().get("next").asText()).contains("customer=" + customer).contains("page=2");
        assertThat(page2.results()).hasSize(1);
        assertThat(page2.json().get("next").isNull()).isTrue();
        assertThat(page2.json().get("previous").asText()).contains("page=1");
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.results()).isEmpty();
        List<String> types = new java.util.ArrayList<>();
        page1.results().forEach(e -> types.add(e.get("transaction_type").asText()));
        types.add(page2.results().get(0).get("transaction_type").asText());
        assertThat(types).containsExactly("CREDIT_SALE", "CREDIT_SALE", "PAYMENT", "PAYMENT");
        // each entry starts where the one before ended; the last ends at the balance
        String before = "0.00";
        List<JsonNode> all = new java.util.ArrayList<>();
        page1.results().forEach(all::add);
        all.add(page2.results().get(0));
        for (JsonNode e : all) {
            assertThat(e.get("balance_before").asText()).isEqualTo(before);
            assertThat(new BigDecimal(e.get("balance_after").asText()))
                    .isEqualByComparingTo(new BigDecimal(before).add(new BigDecimal(e.get("amount").asText())));
            before = e.get("balance_after").asText();
        }
        assertThat(new BigDecimal(before)).isEqualByComparingTo(stock.balance(customer)).isEqualByComparingTo("60.00");

        String quiet = stock.customer("Quiet", "100.00");
        ApiClient.Response empty = owner.get(LEDGER + quiet);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.results()).isEmpty();
        assertThat(empty.header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void the_customer_is_required_well_formed_and_of_the_callers_business() {
        ApiClient.Response missing = owner.get("/sales/api/credit-transactions/");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(missing.body()).contains("\"customer\"");

        ApiClient.Response malformed = owner.get(LEDGER + "not-a-uuid");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("code")).isEqualTo("VALIDATION_ERROR");

        ApiClient.Response unknown = owner.get(LEDGER + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("NOT_FOUND");

        TestBusiness other = TestBusiness.register();
        TestStock otherStock = new TestStock(other);
        String theirs = otherStock.customer("Theirs", "100.00");
        ApiClient.Response foreign = owner.get(LEDGER + theirs);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text("code")).isEqualTo("NOT_FOUND");
        assertThat(other.owner.get(LEDGER + theirs).status()).isEqualTo(200);
    }

    @Test
    void managers_read_the_ledger_business_wide_and_cashiers_are_refused() {
        String customer = stock.customer("Ama", "500.00");
        creditSale(customer, 1, "0.00");
        String elsewhere = stock.storefront("Elsewhere");

        ApiClient.Response manager = stock.member("MANAGER", elsewhere).get(LEDGER + customer);
        assertThat(manager.status()).as(manager.toString()).isEqualTo(200);
        assertThat(manager.results()).hasSize(1);

        ApiClient.Response cashier = stock.member("CASHIER", storefront).get(LEDGER + customer);
        assertThat(cashier.status()).isEqualTo(403);
        assertThat(cashier.text("code")).isEqualTo("PERMISSION_DENIED");
    }
}
