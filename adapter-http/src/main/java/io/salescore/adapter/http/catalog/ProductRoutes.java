package io.salescore.adapter.http.catalog;

import io.salescore.application.common.Input;
import io.salescore.adapter.http.common.Inputs;
import io.salescore.domain.shared.Percentage;
import io.salescore.adapter.http.common.BodyField;
import io.salescore.adapter.http.common.BodyBinder;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.catalog.port.in.CreateProductCommand;
import io.salescore.application.catalog.port.ProductFilter;
import io.salescore.application.catalog.port.in.ProductsUseCase;
import io.salescore.application.catalog.port.in.UpdateProductCommand;
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
                CatalogJson.ProductJson.of(products.create(actor, createCommand(ctx)))));
        api.get(ONE, (ctx, actor) -> Json.ok(ctx, CatalogJson.ProductJson.of(products.get(actor, id(ctx)))));
        api.patch(ONE, (ctx, actor) -> Json.ok(ctx,
                CatalogJson.ProductJson.of(products.update(actor, id(ctx), updateCommand(ctx)))));
        api.delete(ONE, (ctx, actor) -> {
            products.deactivate(actor, id(ctx));
            ctx.status(204);
        });
    }

    private static ProductId id(Context ctx) {
        return ProductId.of(Params.pathId(ctx, "id"));
    }

    /** {@code POST /products/}. */
    public record ProductCreateRequest(@BodyField(required = true) String name, @BodyField(required = true) String sku,
                                       String barcode, String unit, String description, Percentage taxRate) {
    }

    /** {@code PATCH /products/{id}/}: a {@code null} barcode removes it, like an empty one; an absent one leaves it. */
    public record ProductUpdateRequest(String name, String sku, String barcode, String unit, String description,
                                       Boolean isActive, Percentage taxRate) {
    }

    private static Input<CreateProductCommand> createCommand(Context ctx) {
        return Inputs.read(ctx, ProductCreateRequest.class, r ->
                new CreateProductCommand(r.name(), r.sku(), r.barcode(), r.unit(), r.description(), r.taxRate()));
    }

    private static Input<UpdateProductCommand> updateCommand(Context ctx) {
        return Inputs.read(ctx, body -> {
            var r = BodyBinder.bind(body, ProductUpdateRequest.class);
            body.validate();
            return new UpdateProductCommand(r.name(), r.sku(), body.isNull("barcode") ? "" : r.barcode(), r.unit(),
                    r.description(), r.isActive(), r.taxRate());
        });
    }
}
