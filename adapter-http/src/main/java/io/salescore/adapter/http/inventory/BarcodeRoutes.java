package io.salescore.adapter.http.inventory;

import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.inventory.port.in.ProductByBarcodeUseCase;
import io.salescore.domain.shared.StorefrontId;

/**
 * {@code GET /inventory/api/products/by-barcode/{barcode}/?storefront=}: the scanned product as one line of the
 * storefront's inventory list. Registered before the {@code /inventory/api/products/{id}/...} routes: the first
 * route that matches answers, and {@code /products/{id}/stock/} would otherwise take the barcode {@code stock}.
 */
public final class BarcodeRoutes implements Routes {

    private final ProductByBarcodeUseCase byBarcode;

    public BarcodeRoutes(ProductByBarcodeUseCase byBarcode) {
        this.byBarcode = byBarcode;
    }

    @Override
    public void register(RouteRegistry api) {
        api.get("/inventory/api/products/by-barcode/{barcode}/", (ctx, actor) -> {
            StorefrontId storefront = Params.uuid(ctx, "storefront").map(StorefrontId::of).orElse(null);
            Json.ok(ctx, InventoryJson.InventoryLineJson.of(byBarcode.find(actor, ctx.pathParam("barcode"),
                    storefront)));
        });
    }
}
