package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.StockSetup;
import io.salescore.bootstrap.support.TestStaff;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Catalogue rules from issue 11: a unit change to pcs with fractional quantities, cashiers and unit costs. */
class CatalogHardeningApiTest {

    private final StockSetup stock = StockSetup.newBusiness();
    private final ApiClient owner = stock.shop.owner;

    @Test
    void a_product_with_fractional_stock_cannot_become_pcs() {
        String storefront = stock.storefront("Front");
        String warehouse = stock.warehouse("Back");
        String rice = stock.product("Rice", "kg");
        String batch = stock.batch(rice, warehouse, "10", "3.00");
        stock.transfer(batch, storefront, "2.5");

        ApiClient.Response r = owner.patch("/inventory/api/products/" + rice + "/", Map.of("unit", "pcs"));

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(r.json().at("/details/unit/0").asText()).contains("fractional");
        assertThat(owner.get("/inventory/api/products/" + rice + "/").text("unit")).isEqualTo("kg");
    }

    @Test
    void a_product_with_a_fractional_line_cannot_become_pcs_but_whole_quantities_can() {
        String storefront = stock.storefront("Front");
        String warehouse = stock.warehouse("Back");
        String sugar = stock.product("Sugar", "kg");
        stock.transfer(stock.batch(sugar, warehouse, "10", "3.00"), storefront, "5");
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        ApiClient.Response line = owner.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", sugar, "quantity", "1.5"));
        assertThat(line.status()).as(line.toString()).isEqualTo(201);

        assertThat(owner.patch("/inventory/api/products/" + sugar + "/", Map.of("unit", "pcs")).status())
                .isEqualTo(400);
        assertThat(owner.patch("/sales/api/sale-items/" + line.id() + "/", Map.of("quantity", "2")).status())
                .isEqualTo(200);
        assertThat(owner.patch("/inventory/api/products/" + sugar + "/", Map.of("unit", "pcs")).status())
                .as("now every quantity is whole").isEqualTo(200);
    }

    @Test
    void cashiers_do_not_see_what_a_batch_cost() {
        String warehouse = stock.warehouse("Back");
        String oil = stock.product("Oil");
        String batch = stock.batch(oil, warehouse, "10", "20.00");
        ApiClient cashier = TestStaff.member(stock.shop, "CASHIER");
        ApiClient manager = TestStaff.member(stock.shop, "MANAGER");

        ApiClient.Response one = cashier.get("/inventory/api/stock-products/" + batch + "/");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("unit_cost").isNull()).isTrue();
        assertThat(one.text("retail_price")).isEqualTo("20.00");
        assertThat(cashier.get("/inventory/api/stock-products/").results().get(0).get("unit_cost").isNull()).isTrue();
        assertThat(manager.get("/inventory/api/stock-products/" + batch + "/").text("unit_cost")).isEqualTo("1.00");
    }
}
