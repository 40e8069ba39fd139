package io.salescore.adapter.http.inventory;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.catalog.CatalogJson;
import io.salescore.adapter.http.common.HttpError;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.inventory.port.in.InventoryFilter;
import io.salescore.application.inventory.port.in.InventoryLine;
import io.salescore.application.inventory.port.in.StorefrontInventoryUseCase;
import io.salescore.domain.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code GET /inventory/api/storefronts/{id}/sale-catalog/}: what a till can sell, in the shape frontends written
 * for the old backend read (compat.md E6): {@code products} with the old pagination keys, one page of up to 5 000
 * by default, {@code available_quantity} the unreserved quantity (the one availability formula), the default batch
 * first in {@code stock_product_ids}. Served by the storefront inventory use case (same access rules).
 */
public final class SaleCatalogRoutes implements Routes {

    private final StorefrontInventoryUseCase inventory;

    public SaleCatalogRoutes(StorefrontInventoryUseCase inventory) {
        this.inventory = inventory;
    }

    @Override
    public void register(RouteRegistry api) {
        api.get("/inventory/api/storefronts/{id}/sale-catalog/", (ctx, actor) -> {
            boolean hasCategory = Params.uuid(ctx, "category").isPresent();
            boolean includeZero = Params.bool(ctx, "in_stock_only").map(b -> !b).orElse(false)
                    || Params.bool(ctx, "include_zero").orElse(false);
            InventoryFilter filter = InventoryFilter.saleCatalogue(Params.text(ctx, "search").orElse(null),
                    includeZero, price(ctx, "min_price").orElse(null), price(ctx, "max_price").orElse(null));
            PageRequest request = Paging.catalogueRequest(ctx);
            Page<InventoryLine> page = inventory.list(actor, StorefrontRoutes.id(ctx), filter, request);
            if (hasCategory) {
                // Sales Core has no product categories: a well-formed category matches nothing.
                page = new Page<>(List.of(), 0, request);
            }
            Map<String, Object> body = Paging.envelope(ctx, page);
            body.put("page_size", request.size());
            body.put("total_pages", Math.max(1, (page.total() + request.size() - 1) / request.size()));
            body.put("current_page", request.page());
            body.put("products", page.items().stream().map(CatalogItem::of).toList());
            Json.ok(ctx, body);
        });
    }

    private static Optional<Money> price(Context ctx, String name) {
        Optional<String> raw = Params.text(ctx, name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (!raw.get().matches("^\\d{1,10}(\\.\\d{1,2})?$")) {
            throw HttpError.badQueryParameter(name, "Must be an amount such as 12.50.");
        }
        return Optional.of(new Money(new BigDecimal(raw.get())));
    }

    record CatalogItem(@JsonProperty("product_id") UUID productId, @JsonProperty("product_name") String productName,
                       String sku, String barcode, @JsonProperty("category_name") String categoryName, String unit,
                       @JsonProperty("product_image") String productImage,
                       @JsonProperty("available_quantity") BigDecimal availableQuantity,
                       @JsonProperty("retail_price") String retailPrice,
                       @JsonProperty("wholesale_price") String wholesalePrice,
                       @JsonProperty("stock_product_ids") List<UUID> stockProductIds,
                       @JsonProperty("last_stocked_at") Instant lastStockedAt) {
        static CatalogItem of(InventoryLine line) {
            Money wholesale = line.wholesalePrice();
            boolean unset = wholesale == null || wholesale.amount().signum() <= 0;
            return new CatalogItem(line.product().value(), line.productName(), line.sku(),
                    line.barcode() == null ? "" : line.barcode(), null, line.unit(), null,
                    Json.number(line.unreserved()), CatalogJson.money(line.retailPrice()),
                    unset ? null : CatalogJson.money(wholesale),
                    line.batches().stream().map(b -> b.value()).toList(), Json.time(line.lastStockedAt()));
        }
    }
}
