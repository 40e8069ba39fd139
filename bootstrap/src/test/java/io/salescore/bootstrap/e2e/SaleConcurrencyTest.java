package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.Application;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Concurrently;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** R1 and R2 of quality.md: stock is never oversold and a sale completes once, whatever the concurrency. */
class SaleConcurrencyTest {

    private final TestBusiness shop = TestBusiness.register();
    private final ApiClient owner = shop.owner;
    private final TestStock stock = new TestStock(shop);
    private final String storefront = stock.storefront("Main");


    @Test
    @Timeout(120)
    void r1_four_hundred_cashiers_add_one_unit_of_a_stock_of_one_hundred() throws Exception {
        TestStock.Product product = stock.product(storefront, "Hot item", "5.00", null, 100);
        List<String> sales = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            sales.add(owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id());
        }
        List<Callable<ApiClient.Response>> calls = new ArrayList<>();
        for (String sale : sales) {
            calls.add(() -> owner.post("/sales/api/sales/" + sale + "/add_item/",
                    Map.of("product", product.id(), "quantity", 1)));
        }

        List<ApiClient.Response> responses = Concurrently.run(calls);

        long ok = responses.stream().filter(r -> r.status() == 201).count();
        long refused = responses.stream().filter(r -> r.status() == 400
                && "INSUFFICIENT_STOCK".equals(r.text("code"))).count();
        assertThat(ok).isEqualTo(100);
        assertThat(refused).isEqualTo(300);
        BigDecimal[] inventory = stock.inventory(storefront, product.id());
        assertThat(inventory[0]).isEqualByComparingTo("100");
        assertThat(inventory[1]).isEqualByComparingTo("100");
        assertThat(stock.activeHolds(storefront, product.id())).isEqualByComparingTo("100");
        var availability = owner.get("/inventory/api/storefronts/" + storefront + "/stock-products/"
                + product.id() + "/availability/").json();
        assertThat(availability.get("reserved_quantity").asInt()).isEqualTo(100);
        assertThat(availability.get("unreserved_quantity").asInt()).isZero();
        Integrity.assertClean(shop);
    }

    @Test
    @Timeout(120)
    void r1b_four_hundred_cashiers_on_two_server_instances_add_one_unit_of_a_stock_of_one_hundred() throws Exception {
        TestStock.Product product = stock.product(storefront, "Hot item", "5.00", null, 100);
        try (Application second = shop.server.startSecondInstance()) {
            ApiClient[] nodes = {owner, new ApiClient("http://localhost:" + second.httpPort(), owner.token())};
            List<String> sales = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                sales.add(nodes[i % 2].post("/sales/api/sales/", Map.of("storefront", storefront)).id());
            }
            List<Callable<ApiClient.Response>> calls = new ArrayList<>();
            for (int i = 0; i < sales.size(); i++) {
                ApiClient node = nodes[(i / 2) % 2];
                String sale = sales.get(i);
                calls.add(() -> node.post("/sales/api/sales/" + sale + "/add_item/",
                        Map.of("product", product.id(), "quantity", 1)));
            }

            List<ApiClient.Response> responses = Concurrently.run(calls);

            long ok = responses.stream().filter(r -> r.status() == 201).count();
            long refused = responses.stream().filter(r -> r.status() == 400
                    && "INSUFFICIENT_STOCK".equals(r.text("code"))).count();
            assertThat(ok).isEqualTo(100);
            assertThat(refused).isEqualTo(300);
            BigDecimal[] inventory = stock.inventory(storefront, product.id());
            assertThat(inventory[0]).isEqualByComparingTo("100");
            assertThat(inventory[1]).isEqualByComparingTo("100");
            assertThat(stock.activeHolds(storefront, product.id())).isEqualByComparingTo("100");
            for (ApiClient node : nodes) {
                var availability = node.get("/inventory/api/storefronts/" + storefront + "/stock-products/"
                        + product.id() + "/availability/").json();
                assertThat(availability.get("reserved_quantity").asInt()).isEqualTo(100);
                assertThat(availability.get("unreserved_quantity").asInt()).isZero();
            }
        }
        Integrity.assertClean(shop);
    }

    @Test
    @Timeout(60)
    void r2_twenty_concurrent_completes_of_one_sale_complete_it_once() throws Exception {
        TestStock.Product product = stock.product(storefront, "Radio", "30.00", null, 10);
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 2));
        List<Callable<ApiClient.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> owner.post("/sales/api/sales/" + sale + "/complete/",
                    Map.of("payments", List.of(Map.of("amount_paid", "60.00", "payment_method", "CASH")))));
        }

        List<ApiClient.Response> responses = Concurrently.run(calls);

        assertThat(responses.stream().filter(r -> r.status() == 200).count()).isEqualTo(1);
        assertThat(responses.stream().filter(r -> r.status() == 400
                && "INVALID_SALE_STATUS".equals(r.text("code"))).count()).isEqualTo(19);
        var body = owner.get("/sales/api/sales/" + sale).json();
        assertThat(body.get("payments").size()).isEqualTo(1);
        assertThat(body.get("amount_paid").asText()).isEqualTo("60.00");
        BigDecimal[] inventory = stock.inventory(storefront, product.id());
        assertThat(inventory[0]).isEqualByComparingTo("8");
        assertThat(inventory[1]).isEqualByComparingTo("0");
        Integrity.assertClean(shop);
    }

    @Test
    @Timeout(60)
    void a_checkout_racing_an_abandon_leaves_exactly_one_applied() throws Exception {
        TestStock.Product product = stock.product(storefront, "Lamp", "9.00", null, 10);
        for (int round = 0; round < 5; round++) {
            String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
            owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));
            List<ApiClient.Response> responses = Concurrently.run(List.of(
                    () -> owner.post("/sales/api/sales/" + sale + "/complete/",
                            Map.of("payments", List.of(Map.of("amount_paid", "9.00", "payment_method", "CASH")))),
                    () -> owner.post("/sales/api/sales/" + sale + "/abandon/", Map.of())));
            String status = owner.get("/sales/api/sales/" + sale).json().get("status").asText();
            assertThat(status).isIn("COMPLETED", "CANCELLED");
            assertThat(responses.stream().filter(r -> r.status() == 200).count()).isEqualTo(1);
        }
        BigDecimal[] inventory = stock.inventory(storefront, product.id());
        assertThat(inventory[1]).isEqualByComparingTo("0");
        Integrity.assertClean(shop);
    }

    @Test
    @Timeout(60)
    void concurrent_line_edits_of_different_sales_never_oversell() throws Exception {
        TestStock.Product product = stock.product(storefront, "Fan", "9.00", null, 30);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
            lines.add(owner.post("/sales/api/sales/" + sale + "/add_item/",
                    Map.of("product", product.id(), "quantity", 1)).id());
        }
        List<Callable<ApiClient.Response>> calls = new ArrayList<>();
        for (String line : lines) {
            calls.add(() -> owner.patch("/sales/api/sale-items/" + line + "/", Map.of("quantity", 5)));
        }

        List<ApiClient.Response> responses = Concurrently.run(calls);

        long ok = responses.stream().filter(r -> r.status() == 200).count();
        assertThat(ok).isEqualTo(5);
        assertThat(stock.inventory(storefront, product.id())[1]).isEqualByComparingTo("30");
        assertThat(stock.activeHolds(storefront, product.id())).isEqualByComparingTo("30");
        Integrity.assertClean(shop);
    }
}
