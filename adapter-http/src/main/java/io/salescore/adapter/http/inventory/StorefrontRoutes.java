package io.salescore.adapter.http.inventory;

import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.catalog.CatalogParams;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.JsonBody;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.inventory.port.in.CreateStorefrontCommand;
import io.salescore.application.inventory.port.StorefrontFilter;
import io.salescore.application.inventory.port.in.StorefrontsUseCase;
import io.salescore.application.inventory.port.in.UpdateStorefrontCommand;
import io.salescore.domain.catalog.TextField;
import io.salescore.domain.shared.StorefrontId;

/** {@code /inventory/api/storefronts/} and {@code /inventory/api/storefronts/{id}/}. */
public final class StorefrontRoutes implements Routes {

    private static final String LIST = "/inventory/api/storefronts/";
    private static final String ONE = "/inventory/api/storefronts/{id}/";

    private final StorefrontsUseCase storefronts;

    public StorefrontRoutes(StorefrontsUseCase storefronts) {
        this.storefronts = storefronts;
    }

    @Override
    public void register(RouteRegistry api) {
        api.get(LIST, (ctx, actor) -> {
            var filter = new StorefrontFilter(Params.text(ctx, "search").orElse(null), CatalogParams.active(ctx));
            CatalogParams.writeList(ctx, actor,
                    request -> storefronts.list(actor, filter, request).map(InventoryJson.StorefrontJson::of));
        });
        api.post(LIST, (ctx, actor) -> Json.created(ctx,
                InventoryJson.StorefrontJson.of(storefronts.create(actor, () -> createCommand(ctx)))));
        api.get(ONE, (ctx, actor) -> Json.ok(ctx, InventoryJson.StorefrontJson.of(storefronts.get(actor, id(ctx)))));
        api.patch(ONE, (ctx, actor) -> Json.ok(ctx,
                InventoryJson.StorefrontJson.of(storefronts.update(actor, id(ctx), () -> updateCommand(ctx)))));
        api.delete(ONE, (ctx, actor) -> {
            storefronts.deactivate(actor, id(ctx));
            ctx.status(204);
        });
    }

    static StorefrontId id(Context ctx) {
        return StorefrontId.of(Params.pathId(ctx, "id"));
    }

    private static CreateStorefrontCommand createCommand(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        String name = body.requiredText("name", TextField.MAX);
        String location = body.text("location", TextField.MAX).orElse(null);
        String code = body.text("code", TextField.MAX).orElse(null);
        body.validate();
        return new CreateStorefrontCommand(name, location, code);
    }

    private static UpdateStorefrontCommand updateCommand(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        String name = body.text("name", TextField.MAX).orElse(null);
        String location = body.text("location", TextField.MAX).orElse(null);
        String code = body.text("code", TextField.MAX).orElse(null);
        Boolean active = body.bool("is_active").orElse(null);
        body.validate();
        return new UpdateStorefrontCommand(name, location, code, active);
    }
}
