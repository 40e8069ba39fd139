package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Credit checkouts (PARTIAL, PENDING), customer credit rules, record_payment and exact balances. */
class CreditAndPaymentsApiTest {

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

    private String saleFor(String customer, int quantity) {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront, "customer", customer)).id();
        assertThat(owner.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", quantity)).status()).isEqualTo(201);
        return sale;
    }

    private ApiClient.Response checkout(String sale, Object... payments) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Object amount : payments) {
            list.add(Map.of("amount_paid", amount, "payment_method", "CASH"));
        }
        return owner.post("/sales/api/sales/" + sale + "/complete/", Map.of("payment_type", "CREDIT", "payments", list));
    }

    @Test
    void a_part_paid_credit_sale_is_partial_and_raises_the_balance() {
        String customer = stock.customer("Kojo", "500.00");
        String sale = saleFor(customer, 4);

        ApiClient.Response r = checkout(sale, "50.00");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("status")).isEqualTo("PARTIAL");
        assertThat(r.text("amount_paid")).isEqualTo("50.00");
        assertThat(r.text("amount_due")).isEqualTo("150.00");
        assertThat(r.text("receipt_number")).isNotNull();
        assertThat(stock.balance(customer)).isEqualByComparingTo("150.00");
    }

    @Test
    void an_unpaid_credit_sale_is_pending_and_record_payment_pays_it_off() {
        String customer = stock.customer("Efua", "500.00");
        String sale = saleFor(customer, 2);
        assertThat(checkout(sale).text("status")).isEqualTo("PENDING");
        assertThat(stock.balance(customer)).isEqualByComparingTo("100.00");

        ApiClient.Response part = owner.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount_paid", "30.00", "payment_method", "MOBILE", "reference", "MM-1"));
        assertThat(part.status()).as(part.toString()).isEqualTo(200);
        assertThat(part.json().at("/sale/status").asText()).isEqualTo("PARTIAL");
        assertThat(part.json().at("/payment/amount_paid").asText()).isEqualTo("30.00");
        assertThat(part.json().at("/payment/reference").asText()).isEqualTo("MM-1");
        assertThat(part.text("message")).isNotBlank();
        assertThat(stock.balance(customer)).isEqualByComparingTo("70.00");

        ApiClient.Response over = owner.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount_paid", "70.01", "payment_method", "CASH"));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.text("code")).isEqualTo("OVERPAYMENT_NOT_ALLOWED");

        ApiClient.Response rest = owner.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount_paid", "70.00", "payment_method", "CASH"));
        assertThat(rest.json().at("/sale/status").asText()).isEqualTo("COMPLETED");
        assertThat(rest.json().at("/sale/amount_due").asText()).isEqualTo("0.00");
        assertThat(rest.json().at("/sale/payments").size()).isEqualTo(2);
        assertThat(stock.balance(customer)).isEqualByComparingTo("0.00");

        ApiClient.Response closed = owner.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount_paid", "1.00", "payment_method", "CASH"));
        assertThat(closed.status()).isEqualTo(400);
        assertThat(closed.text("code")).isEqualTo("INVALID_SALE_STATUS");
        assertThat(closed.text("error")).isEqualTo("Payments can only be recorded on part-paid or pending sales");
        assertThat(closed.text("allowed_status")).isEqualTo("PARTIAL,PENDING");
    }

    @Test
    void payments_are_taken_from_blocked_or_inactive_customers_too() {
        String customer = stock.customer("Yaw", "500.00");
        String sale = saleFor(customer, 1);
        checkout(sale);
        stock.customerFlags(customer, false, true);

        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/record_payment/",
                Map.of("amount_paid", "50.00", "payment_method", "CARD"));

        assertThat(r.json().at("/sale/status").asText()).isEqualTo("COMPLETED");
        assertThat(stock.balance(customer)).isEqualByComparingTo("0");
    }

    @Test
    void credit_needs_a_named_active_unblocked_customer_within_the_limit() {
        String walkInSale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        owner.post("/sales/api/sales/" + walkInSale + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        assertThat(checkout(walkInSale).text("code")).isEqualTo("CUSTOMER_REQUIRED");

        String inactive = stock.customer("Inactive", "500.00");
        String inactiveSale = saleFor(inactive, 1);
        stock.customerFlags(inactive, false, false);
        assertThat(checkout(inactiveSale).text("code")).isEqualTo("CUSTOMER_INACTIVE");

        String blocked = stock.customer("Blocked", "500.00");
        String blockedSale = saleFor(blocked, 1);
        stock.customerFlags(blocked, true, true);
        assertThat(checkout(blockedSale).text("code")).isEqualTo("CREDIT_BLOCKED");

        String small = stock.customer("Small limit", "60.00");
        String bigSale = saleFor(small, 2);
        ApiClient.Response tooMuch = checkout(bigSale, "20.00");
        assertThat(tooMuch.text("code")).isEqualTo("CREDIT_LIMIT_EXCEEDED");
        assertThat(tooMuch.json().at("/details/available").asText()).isEqualTo("60.00");
        assertThat(tooMuch.json().at("/details/requested").asText()).isEqualTo("80.00");

        for (String sale : List.of(walkInSale, inactiveSale, blockedSale, bigSale)) {
            JsonNode after = owner.get("/sales/api/sales/" + sale).json();
            assertThat(after.get("status").asText()).isEqualTo("DRAFT");
            assertThat(after.get("payments").size()).isZero();
            assertThat(after.at("/line_items/0/reservation/status").asText()).isEqualTo("ACTIVE");
        }
        assertThat(stock.balance(small)).isEqualByComparingTo("0");
        assertThat(stock.inventory(storefront, product.id())[0]).isEqualByComparingTo("1000");
    }

    @Test
    @Timeout(60)
    void concurrent_credit_checkouts_beyond_the_limit_keep_the_balance_exact() throws Exception {
        String customer = stock.customer("Busy buyer", "500.00");
        List<String> sales = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            sales.add(saleFor(customer, 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(sales.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> futures = new ArrayList<>();
        for (String sale : sales) {
            futures.add(pool.submit(() -> {
                start.await();
                return checkout(sale);
            }));
        }
        start.countDown();
        int ok = 0;
        int refused = 0;
        for (Future<ApiClient.Response> f : futures) {
            ApiClient.Response r = f.get(60, TimeUnit.SECONDS);
            if (r.status() == 200) {
                ok++;
            } else if ("CREDIT_LIMIT_EXCEEDED".equals(r.text("code"))) {
                refused++;
            }
        }
        pool.shutdown();

        assertThat(ok).isEqualTo(10);
        assertThat(refused).isEqualTo(5);
        assertThat(stock.balance(customer)).isEqualByComparingTo(new BigDecimal("500.00"));
        long pending = sales.stream().filter(s -> owner.get("/sales/api/sales/" + s).text("status").equals("PENDING")).count();
        assertThat(pending).isEqualTo(10);
    }
}
