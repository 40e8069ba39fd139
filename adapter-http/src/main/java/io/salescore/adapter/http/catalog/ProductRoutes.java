package io.salescore.adapter.http.catalog;

import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.JsonBody;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.catalog.port.in.CreateProductCommand;
import io.salescore.application.catalog.port.ProductFilter;
import io.salescore.application.catalog.port.in.ProductsUseCase;
import io.salescore.application.catalog.port.in.UpdateProductCommand;
import io.salescore.domain.catalog.TextField;
import io.salescore.domain.shared.ProductId;

/** {@code /inventory/api/products/...} (a product's stock is served by the stock routes). */
public final class ProductRoutes implements Routes {

    private static final String LIST = "/inventory/api/products/";
    private static final String ONE = "/inventory/api/products/{id}/";

    private final ProductsUseCase products;

    public ProductRoutes(ProductsUseCase products) {
        this.products = products;
    }

    @Override
    public void register(RouteRegistry api) {
        api.get(LIST, (ctx, actor) -> Paging.write(ctx, products.list(actor,
                new ProductFilter(Params.text(ctx, "search").orElse(null), Params.text(ctx, "barcode").orElse(null),
                        CatalogParams.active(ctx)),
                Paging.request(ctx)).map(CatalogJson.ProductJson::of)));
        api.post(LIST, (ctx, actor) -> Json.created(ctx,
                CatalogJson.ProductJson.of(products.create(actor, () -> createCommand(ctx)))));
        api.get(ONE, (ctx, actor) -> Json.ok(ctx, CatalogJson.ProductJson.of(products.get(actor, id(ctx)))));
        api.patch(ONE, (ctx, actor) -> Json.ok(ctx,
                CatalogJson.ProductJson.of(products.update(actor, id(ctx), () -> updateCommand(ctx)))));
        api.delete(ONE, (ctx, actor) -> {
            products.deactivate(actor, id(ctx));
            ctx.status(204);
        });
    }

    private static ProductId id(Context ctx) {
        return ProductId.of(Params.pathId(ctx, "id"));
    }

    private static CreateProductCommand createCommand(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        String name = body.requiredText("name", TextField.MAX);
        String sku = body.requiredText("sku", TextField.MAX);
        String barcode = body.text("barcode", TextField.MAX).orElse(null);
        String unit = body.text("unit", TextField.MAX).orElse(null);
        String description = body.text("description", TextField.MAX).orElse(null);
        var taxRate = body.percentage("tax_rate").orElse(null);
        body.validate();
        return new CreateProductCommand(name, sku, barcode, unit, description, taxRate);
    }

    private static UpdateProductCommand updateCommand(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        String name = body.text("name", TextField.MAX).orElse(null);
        String sku = body.text("sku", TextField.MAX).orElse(null);
        // A null barcode removes it, like an empty one; an absent one leaves it.
        String barcode = body.isNull("barcode") ? "" : body.text("barcode", TextField.MAX).orElse(null);
        String unit = body.text("unit", TextField.MAX).orElse(null);
        String description = body.text("description", TextField.MAX).orElse(null);
        Boolean active = body.bool("is_active").orElse(null);
        var taxRate = body.percentage("tax_rate").orElse(null);
        body.validate();
        return new UpdateProductCommand(name, sku, barcode, unit, description, active, taxRate);
    }
}
