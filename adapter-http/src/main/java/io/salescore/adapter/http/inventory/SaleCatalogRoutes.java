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
import io.salescore.application.inventory.port.InventoryFilter;
import io.salescore.application.inventory.port.InventoryLine;
import io.salescore.application.inventory.port.in.MultiStorefrontCatalogue;
import io.salescore.application.inventory.port.MultiStorefrontLine;
import io.salescore.application.inventory.port.in.StorefrontInventoryUseCase;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.StorefrontId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code GET /inventory/api/storefronts/{id}/sale-catalog/}: what a till can sell, in the shape frontends written
 * for the old backend read (compat.md E6): {@code products} with the old pagination keys, one page of up to 5 000
 * by default, {@code available_quantity} the unreserved quantity (the one availability formula), the default batch
 * first in {@code stock_product_ids}. Served by the storefront inventory use case (same access rules). And
 * {@code GET /inventory/api/storefronts/multi-storefront-catalog/} (E7): the same over every storefront of the
 * caller, each product with its {@code locations} and {@code total_available}.
 */
public final class SaleCatalogRoutes implements Routes {

    private final StorefrontInventoryUseCase inventory;

    public SaleCatalogRoutes(StorefrontInventoryUseCase inventory) {
        this.inventory = inventory;
    }

    /** The multi-storefront catalogue's fixed path wins over {@code /inventory/api/storefronts/{id}/} (RouteRegistry). */
    @Override
    public void register(RouteRegistry api) {
        api.get(MULTI, (ctx, actor) -> {
            boolean hasCategory = Params.uuid(ctx, "category").isPresent();
            InventoryFilter filter = filter(ctx);
            Set<StorefrontId> only = storefronts(ctx);
            PageRequest request = Paging.catalogueRequest(ctx);
            MultiStorefrontCatalogue catalogue = inventory.catalogue(actor, only, filter, request);
            Page<MultiStorefrontLine> page = hasCategory ? new Page<>(List.of(), 0, request) : catalogue.products();
            Map<String, Object> body = envelope(ctx, page, request);
            body.put("storefronts", catalogue.storefronts().stream()
                    .map(s -> new Listed(s.id().value(), s.state().name())).toList());
            body.put("products", page.items().stream().map(MultiItem::of).toList());
            Json.ok(ctx, body);
        });
        api.get("/inventory/api/storefronts/{id}/sale-catalog/", (ctx, actor) -> {
            boolean hasCategory = Params.uuid(ctx, "category").isPresent();
            InventoryFilter filter = filter(ctx);
            PageRequest request = Paging.catalogueRequest(ctx);
            Page<InventoryLine> page = inventory.list(actor, StorefrontRoutes.id(ctx), filter, request);
            if (hasCategory) {
                // Sales Core has no product categories: a well-formed category matches nothing.
                page = new Page<>(List.of(), 0, request);
            }
            Map<String, Object> body = envelope(ctx, page, request);
            body.put("products", page.items().stream().map(CatalogItem::of).toList());
            Json.ok(ctx, body);
        });
    }

    /** The path of the multi-storefront catalogue (compat.md E7). */
    public static final String MULTI = "/inventory/api/storefronts/multi-storefront-catalog/";

    /** {@code search}, {@code in_stock_only} (or the legacy {@code include_zero}), {@code min_price}, {@code max_price}. */
    private static InventoryFilter filter(Context ctx) {
        boolean includeZero = Params.bool(ctx, "in_stock_only").map(b -> !b).orElse(false)
                || Params.bool(ctx, "include_zero").orElse(false);
        return InventoryFilter.saleCatalogue(Params.text(ctx, "search").orElse(null), includeZero,
                price(ctx, "min_price").orElse(null), price(ctx, "max_price").orElse(null));
    }

    /** The repeatable {@code storefront} filter (also comma-separated); null when absent; a malformed id is 400. */
    private static Set<StorefrontId> storefronts(Context ctx) {
        List<String> values = ctx.queryParams("storefront");
        if (values.isEmpty()) {
            return null;
        }
        Set<StorefrontId> ids = new LinkedHashSet<>();
        for (String value : values) {
            for (String part : value.split(",", -1)) {
                String id = part.strip();
                if (!Params.isUuid(id)) {
                    throw HttpError.badQueryParameter("storefront", "Must be a valid UUID.");
                }
                ids.add(StorefrontId.of(UUID.fromString(id)));
            }
        }
        return ids;
    }

    /** The old backend's catalogue pagination keys (compat.md E6, D-6). */
    private static Map<String, Object> envelope(Context ctx, Page<?> page, PageRequest request) {
        Map<String, Object> body = Paging.envelope(ctx, page);
        body.put("page_size", request.size());
        body.put("total_pages", Math.max(1, (page.total() + request.size() - 1) / request.size()));
        body.put("current_page", request.page());
        return body;
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

    record Listed(UUID id, String name) {
    }

    record Location(@JsonProperty("storefront_id") UUID storefrontId,
                    @JsonProperty("storefront_name") String storefrontName,
                    @JsonProperty("available_quantity") BigDecimal availableQuantity) {
    }

    record MultiItem(@JsonProperty("product_id") UUID productId, @JsonProperty("product_name") String productName,
                     String sku, String barcode, @JsonProperty("category_name") String categoryName, String unit,
                     @JsonProperty("product_image") String productImage,
                     @JsonProperty("retail_price") String retailPrice,
                     @JsonProperty("wholesale_price") String wholesalePrice,
                     @JsonProperty("last_stocked_at") Instant lastStockedAt,
                     @JsonProperty("total_available") BigDecimal totalAvailable,
                     List<Location> locations,
                     @JsonProperty("stock_product_ids") List<UUID> stockProductIds) {
        static MultiItem of(MultiStorefrontLine line) {
            return new MultiItem(line.product().value(), line.productName(), line.sku(),
                    line.barcode() == null ? "" : line.barcode(), null, line.unit(), null,
                    CatalogJson.money(line.retailPrice()), wholesale(line.wholesalePrice()),
                    Json.time(line.lastStockedAt()), Json.number(line.totalAvailable()),
                    line.locations().stream().map(l -> new Location(l.storefront().value(), l.storefrontName(),
                            Json.number(l.unreserved()))).toList(),
                    line.batches().stream().map(b -> b.value()).toList());
        }
    }

    /** A wholesale price, or null when unset or not above zero. */
    private static String wholesale(Money wholesale) {
        return wholesale == null || wholesale.amount().signum() <= 0 ? null : CatalogJson.money(wholesale);
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
            return new CatalogItem(line.product().value(), line.productName(), line.sku(),
                    line.barcode() == null ? "" : line.barcode(), null, line.unit(), null,
                    Json.number(line.unreserved()), CatalogJson.money(line.retailPrice()),
                    wholesale(line.wholesalePrice()),
                    line.batches().stream().map(b -> b.value()).toList(), Json.time(line.lastStockedAt()));
        }
    }
}
