package io.salescore.adapter.http.catalog;

import io.salescore.application.common.Input;
import io.salescore.adapter.http.common.Inputs;
import io.salescore.adapter.http.common.BodyField;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.catalog.port.in.CreateWarehouseCommand;
import io.salescore.application.catalog.port.in.UpdateWarehouseCommand;
import io.salescore.application.catalog.port.WarehouseFilter;
import io.salescore.application.catalog.port.in.WarehousesUseCase;
import io.salescore.domain.shared.WarehouseId;

/** {@code /inventory/api/warehouses/...}. */
public final class WarehouseRoutes implements Routes {

    private static final String LIST = "/inventory/api/warehouses/";
    private static final String ONE = "/inventory/api/warehouses/{id}/";

    private final WarehousesUseCase warehouses;

    public WarehouseRoutes(WarehousesUseCase warehouses) {
        this.warehouses = warehouses;
    }

    @Override
    public void register(RouteRegistry api) {
        api.get(LIST, (ctx, actor) -> {
            var filter = new WarehouseFilter(Params.text(ctx, "search").orElse(null), CatalogParams.active(ctx));
            CatalogParams.writeList(ctx, actor,
                    request -> warehouses.list(actor, filter, request).map(CatalogJson.WarehouseJson::of));
        });
        api.post(LIST, (ctx, actor) -> Json.created(ctx,
                CatalogJson.WarehouseJson.of(warehouses.create(actor, createCommand(ctx)))));
        api.get(ONE, (ctx, actor) -> Json.ok(ctx, CatalogJson.WarehouseJson.of(warehouses.get(actor, id(ctx)))));
        api.patch(ONE, (ctx, actor) -> Json.ok(ctx,
                CatalogJson.WarehouseJson.of(warehouses.update(actor, id(ctx), updateCommand(ctx)))));
        api.delete(ONE, (ctx, actor) -> {
            warehouses.deactivate(actor, id(ctx));
            ctx.status(204);
        });
    }

    private static WarehouseId id(Context ctx) {
        return WarehouseId.of(Params.pathId(ctx, "id"));
    }

    /** {@code POST /warehouses/}. */
    public record WarehouseCreateRequest(@BodyField(required = true) String name, String location) {
    }

    /** {@code PATCH /warehouses/{id}/}. */
    public record WarehouseUpdateRequest(String name, String location, Boolean isActive) {
    }

    private static Input<CreateWarehouseCommand> createCommand(Context ctx) {
        return Inputs.read(ctx, WarehouseCreateRequest.class, r -> new CreateWarehouseCommand(r.name(), r.location()));
    }

    private static Input<UpdateWarehouseCommand> updateCommand(Context ctx) {
        return Inputs.read(ctx, WarehouseUpdateRequest.class, r ->
                new UpdateWarehouseCommand(r.name(), r.location(), r.isActive()));
    }
}
