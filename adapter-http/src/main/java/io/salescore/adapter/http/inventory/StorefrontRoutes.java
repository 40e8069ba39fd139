package io.salescore.adapter.http.inventory;

import io.salescore.application.common.Input;
import io.salescore.adapter.http.common.Inputs;
import io.salescore.adapter.http.common.BodyField;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.catalog.CatalogParams;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.inventory.port.in.CreateStorefrontCommand;
import io.salescore.application.inventory.port.StorefrontFilter;
import io.salescore.application.inventory.port.in.StorefrontsUseCase;
import io.salescore.application.inventory.port.in.UpdateStorefrontCommand;
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
                InventoryJson.StorefrontJson.of(storefronts.create(actor, createCommand(ctx)))));
        api.get(ONE, (ctx, actor) -> Json.ok(ctx, InventoryJson.StorefrontJson.of(storefronts.get(actor, id(ctx)))));
        api.patch(ONE, (ctx, actor) -> Json.ok(ctx,
                InventoryJson.StorefrontJson.of(storefronts.update(actor, id(ctx), updateCommand(ctx)))));
        api.delete(ONE, (ctx, actor) -> {
            storefronts.deactivate(actor, id(ctx));
            ctx.status(204);
        });
    }

    static StorefrontId id(Context ctx) {
        return StorefrontId.of(Params.pathId(ctx, "id"));
    }

    /** {@code POST /storefronts/}. */
    public record StorefrontCreateRequest(@BodyField(required = true) String name, String location, String code) {
    }

    /** {@code PATCH /storefronts/{id}/}. */
    public record StorefrontUpdateRequest(String name, String location, String code, Boolean isActive) {
    }

    private static Input<CreateStorefrontCommand> createCommand(Context ctx) {
        return Inputs.read(ctx, StorefrontCreateRequest.class, r ->
                new CreateStorefrontCommand(r.name(), r.location(), r.code()));
    }

    private static Input<UpdateStorefrontCommand> updateCommand(Context ctx) {
        return Inputs.read(ctx, StorefrontUpdateRequest.class, r ->
                new UpdateStorefrontCommand(r.name(), r.location(), r.code(), r.isActive()));
    }
}
