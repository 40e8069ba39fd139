package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 (9): a draft whose storefront or product was deactivated after the items were added cannot be completed
 * (400 naming why); before the fix both completed. Nothing is taken and the sale stays DRAFT.
 */
class DeactivatedAtCheckoutApiTest {

    private final TestBusiness shop = TestBusiness.register();
    private final ApiClient owner = shop.owner;
    private final TestStock stock = new TestStock(shop);

    private String cart(String storefront, String product) {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        assertThat(owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product, "quantity", 1))
                .status()).isEqualTo(201);
        return sale;
    }

    private ApiClient.Response complete(String sale) {
        return owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", "10.00", "payment_method", "CASH"))));
    }

    @Test
    void a_line_of_a_deactivated_product_is_refused_at_checkout() {
        String storefront = stock.storefront("Main");
        TestStock.Product soap = stock.product(storefront, "Soap", "10.00", null, 5);
        String sale = cart(storefront, soap.id());
        assertThat(owner.delete("/inventory/api/products/" + soap.id() + "/").status()).isEqualTo(204);

        ApiClient.Response r = complete(sale);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(r.json().at("/details/product/0").asText()).contains("Inactive").contains(soap.id());
        assertThat(owner.get("/sales/api/sales/" + sale + "/").json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(stock.inventory(storefront, soap.id())[0]).isEqualByComparingTo("5");
        Integrity.assertClean(shop);
    }

    @Test
    void a_draft_in_a_deactivated_storefront_is_refused_at_checkout() {
        String storefront = stock.storefront("Kiosk");
        TestStock.Product tea = stock.product(storefront, "Tea", "10.00", null, 5);
        String sale = cart(storefront, tea.id());
        assertThat(owner.delete("/inventory/api/storefronts/" + storefront + "/").status()).isEqualTo(204);

        ApiClient.Response r = complete(sale);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().at("/details/storefront/0").asText()).contains("inactive");
        assertThat(owner.get("/sales/api/sales/" + sale + "/").json().get("status").asText()).isEqualTo("DRAFT");
        Integrity.assertClean(shop);
    }
}
