package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.StatementCounter;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement budget of quality.md, counted on the wire to the database while serving one request:
 * add_item ≤ 6 + 1 (token; the line is written in the sale's own UPDATE), update_item ≤ 7 + 1 and remove_item ≤ 6 + 1
 * (the line written or deleted in that UPDATE too), complete ≤ 6 + 2 per line + 1, availability ≤ 3 + 1 whatever the number of holds,
 * a refund ≤ 10 whatever its number of lines, and lists never issue a query per row.
 */
class StatementBudgetTest {

    private final TestBusiness shop = TestBusiness.register();
    private final ApiClient owner = shop.owner;
    private final TestStock stock = new TestStock(shop);
    private final String storefront = stock.storefront("Main");
    private final StatementCounter counter = shop.server.statements();

    private String newSale() {
        return owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
    }

    @Test
    void add_item_takes_at_most_seven_statements_with_the_token_lookup() {
        TestStock.Product product = stock.product(storefront, "Tea", "2.00", null, 100);
        String sale = newSale();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));

        List<String> statements = counter.during(() -> assertThat(owner.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", 1)).status()).isEqualTo(201));

        assertThat(statements).as(String.join("\n---\n", statements)).hasSizeLessThanOrEqualTo(7);
    }

    @Test
    void update_item_and_remove_item_write_the_line_in_the_sale_update() {
        TestStock.Product product = stock.product(storefront, "Jam", "2.00", null, 100);
        String sale = newSale();
        String line = owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1))
                .id();

        List<String> update = counter.during(() -> assertThat(owner.patch("/sales/api/sale-items/" + line + "/",
                Map.of("quantity", 3)).status()).isEqualTo(200));
        List<String> remove = counter.during(() -> assertThat(owner.delete("/sales/api/sale-items/" + line + "/")
                .status()).isIn(200, 204));

        assertThat(update).as(String.join("\n---\n", update)).hasSizeLessThanOrEqualTo(8);
        assertThat(remove).as(String.join("\n---\n", remove)).hasSizeLessThanOrEqualTo(7);
        assertThat(update).noneMatch(sql -> sql.startsWith("UPDATE sale_item"));
        assertThat(remove).noneMatch(sql -> sql.startsWith("DELETE FROM sale_item"));
    }

    @Test
    void complete_takes_at_most_six_plus_two_per_line_plus_the_token_lookup() {
        for (int lines : new int[]{1, 3}) {
            String sale = newSale();
            for (int i = 0; i < lines; i++) {
                TestStock.Product product = stock.product(storefront, "P" + i, "1.00", null, 10);
                owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));
            }
            List<String> statements = counter.during(() -> assertThat(owner.post("/sales/api/sales/" + sale
                    + "/complete/", Map.of("payments", List.of(Map.of("amount_paid", lines, "payment_method", "CASH"))))
                    .status()).isEqualTo(200));

            assertThat(statements).as(String.join("\n---\n", statements)).hasSizeLessThanOrEqualTo(6 + 2 * lines + 1);
        }
    }

    @Test
    void a_credit_checkout_stays_within_the_budget_too() {
        TestStock.Product product = stock.product(storefront, "Rice", "10.00", null, 10);
        String customer = stock.customer("Ama", "100.00");
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront, "customer", customer)).id();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));

        List<String> statements = counter.during(() -> assertThat(owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payment_type", "CREDIT", "payments", List.of(Map.of("amount_paid", 4, "payment_method", "CASH"))))
                .status()).isEqualTo(200));

        assertThat(statements).as(String.join("\n---\n", statements)).hasSizeLessThanOrEqualTo(6 + 2 + 1);
    }

    @Test
    void a_refund_costs_the_same_for_one_line_or_three_and_at_most_ten_statements_with_the_token_lookup() {
        List<Integer> counts = new java.util.ArrayList<>();
        for (int lines : new int[]{1, 3}) {
            String sale = newSale();
            List<Map<String, Object>> items = new java.util.ArrayList<>();
            for (int i = 0; i < lines; i++) {
                TestStock.Product product = stock.product(storefront, "R" + lines + i, "1.00", null, 10);
                String line = owner.post("/sales/api/sales/" + sale + "/add_item/",
                        Map.of("product", product.id(), "quantity", 1)).id();
                items.add(Map.of("sale_item", line, "quantity", 1));
            }
            owner.post("/sales/api/sales/" + sale + "/complete/",
                    Map.of("payments", List.of(Map.of("amount_paid", lines, "payment_method", "CASH"))));

            List<String> statements = counter.during(() -> assertThat(owner.post("/sales/api/sales/" + sale
                    + "/refund/", Map.of("reason", "Budget", "items", items)).status()).isEqualTo(200));

            assertThat(statements).as(String.join("\n---\n", statements)).hasSizeLessThanOrEqualTo(10);
            counts.add(statements.size());
        }
        assertThat(counts.get(1)).as("statements for three lines vs one").isEqualTo(counts.get(0));
    }

    @Test
    void availability_costs_the_same_with_one_hold_or_forty() {
        TestStock.Product product = stock.product(storefront, "Sugar", "1.00", null, 1000);
        String path = "/inventory/api/storefronts/" + storefront + "/stock-products/" + product.id() + "/availability/";
        owner.post("/sales/api/sales/" + newSale() + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        int withOne = counter.during(() -> owner.get(path)).size();
        for (int i = 0; i < 39; i++) {
            owner.post("/sales/api/sales/" + newSale() + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        }
        List<String> withForty = counter.during(() -> assertThat(owner.get(path).json().get("reservations").size())
                .isEqualTo(40));

        assertThat(withForty).hasSizeLessThanOrEqualTo(3 + 1).hasSize(withOne);
    }

    @Test
    void listing_sales_does_not_query_per_sale() {
        TestStock.Product product = stock.product(storefront, "Salt", "1.00", null, 100);
        List<String> sales = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String sale = newSale();
            owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));
            sales.add(sale);
        }
        owner.post("/sales/api/sales/" + sales.get(5) + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", 1, "payment_method", "CASH"))));
        int two = counter.during(() -> owner.get("/sales/api/sales/?page_size=2")).size();
        int six = counter.during(() -> owner.get("/sales/api/sales/?page_size=6")).size();

        assertThat(six).isEqualTo(two).isLessThanOrEqualTo(5);
    }
}
