package io.salescore.adapter.http.catalog;

import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.JsonBody;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.catalog.port.in.CreateWarehouseCommand;
import io.salescore.application.catalog.port.in.UpdateWarehouseCommand;
import io.salescore.application.catalog.port.WarehouseFilter;
import io.salescore.application.catalog.port.in.WarehousesUseCase;
import io.salescore.domain.catalog.TextField;
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
                CatalogJson.WarehouseJson.of(warehouses.create(actor, () -> createCommand(ctx)))));
        api.get(ONE, (ctx, actor) -> Json.ok(ctx, CatalogJson.WarehouseJson.of(warehouses.get(actor, id(ctx)))));
        api.patch(ONE, (ctx, actor) -> Json.ok(ctx,
                CatalogJson.WarehouseJson.of(warehouses.update(actor, id(ctx), () -> updateCommand(ctx)))));
        api.delete(ONE, (ctx, actor) -> {
            warehouses.deactivate(actor, id(ctx));
            ctx.status(204);
        });
    }

    private static WarehouseId id(Context ctx) {
        return WarehouseId.of(Params.pathId(ctx, "id"));
    }

    private static CreateWarehouseCommand createCommand(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        String name = body.requiredText("name", TextField.MAX);
        String location = body.text("location", TextField.MAX).orElse(null);
        body.validate();
        return new CreateWarehouseCommand(name, location);
    }

    private static UpdateWarehouseCommand updateCommand(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        String name = body.text("name", TextField.MAX).orElse(null);
        String location = body.text("location", TextField.MAX).orElse(null);
        Boolean active = body.bool("is_active").orElse(null);
        body.validate();
        return new UpdateWarehouseCommand(name, location, active);
    }
}
