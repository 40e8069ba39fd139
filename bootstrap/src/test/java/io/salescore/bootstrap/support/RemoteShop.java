package io.salescore.bootstrap.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A business set up through the API of any server (another instance, another process): registered owner, one
 * storefront, and products with stock transferred in from a batch.
 */
public final class RemoteShop {

    public final String baseUrl;
    public final ApiClient owner;
    public final String businessId;
    public final String storefront;
    public final List<String> products;

    private RemoteShop(String baseUrl, ApiClient owner, String businessId, String storefront, List<String> products) {
        this.baseUrl = baseUrl;
        this.owner = owner;
        this.businessId = businessId;
        this.storefront = storefront;
        this.products = products;
    }

    /** Registers a business on {@code baseUrl} with {@code productCount} products of {@code quantity} units each. */
    public static RemoteShop open(String baseUrl, int productCount, String quantity) {
        ApiClient anonymous = new ApiClient(baseUrl, null);
        ApiClient.Response registered = anonymous.post("/accounts/api/auth/register/", Map.of("name", "Owner",
                "email", "owner-" + UUID.randomUUID() + "@remote.pos", "password", "secret-pass-1",
                "business_name", "Remote shop"));
        created(registered);
        ApiClient owner = anonymous.withToken(registered.text("token"));
        String storefront = created(owner.post("/inventory/api/storefronts/", Map.of("name", "Main"))).id();
        String warehouse = created(owner.post("/inventory/api/warehouses/", Map.of("name", "Central"))).id();
        List<String> products = new ArrayList<>();
        for (int i = 0; i < productCount; i++) {
            String product = created(owner.post("/inventory/api/products/", Map.of("name", "Product " + i,
                    "sku", "P" + i + "-" + UUID.randomUUID().toString().substring(0, 8)))).id();
            String batch = created(owner.post("/inventory/api/stock-products/", Map.of("product", product,
                    "warehouse", warehouse, "quantity", quantity, "unit_cost", "1.00",
                    "retail_price", (i + 2) + ".50"))).id();
            created(owner.post("/inventory/api/transfers/", Map.of("stock_product", batch, "storefront", storefront,
                    "quantity", quantity)));
            products.add(product);
        }
        return new RemoteShop(baseUrl, owner, registered.json().at("/business/id").asText(), storefront, products);
    }

    private static ApiClient.Response created(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }
}
