package io.salescore.adapter.http.catalog;

import io.salescore.application.common.Input;
import io.salescore.adapter.http.common.Inputs;
import io.salescore.domain.shared.Quantity;
import io.salescore.adapter.http.common.BodyField;
import io.salescore.adapter.http.common.BodyBinder;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.catalog.port.in.CreateStockProductCommand;
import io.salescore.application.catalog.port.StockProductFilter;
import io.salescore.application.catalog.port.in.StockProductsUseCase;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.WarehouseId;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@code /inventory/api/stock-products/...}: batches. */
public final class StockProductRoutes implements Routes {

    private static final String LIST = "/inventory/api/stock-products/";
    private static final String ONE = "/inventory/api/stock-products/{id}/";

    private final StockProductsUseCase batches;

    public StockProductRoutes(StockProductsUseCase batches) {
        this.batches = batches;
    }

    @Override
    public void register(RouteRegistry api) {
        api.get(LIST, (ctx, actor) -> {
            Optional<UUID> product = Params.uuid(ctx, "product");
            Optional<UUID> warehouse = Params.uuid(ctx, "warehouse");
            Paging.write(ctx, batches.list(actor, new StockProductFilter(product.map(ProductId::of).orElse(null),
                    warehouse.map(WarehouseId::of).orElse(null)), Paging.request(ctx))
                    .map(view -> CatalogJson.StockProductJson.of(view, actor)));
        });
        api.post(LIST, (ctx, actor) -> Json.created(ctx,
                CatalogJson.StockProductJson.of(batches.create(actor, createCommand(ctx)), actor)));
        api.get(ONE, (ctx, actor) -> Json.ok(ctx,
                CatalogJson.StockProductJson.of(batches.get(actor, id(ctx)), actor)));
        api.patch(ONE, (ctx, actor) -> Json.ok(ctx,
                CatalogJson.StockProductJson.of(batches.update(actor, id(ctx), revision(ctx)), actor)));
    }

    private static StockProductId id(Context ctx) {
        return StockProductId.of(Params.pathId(ctx, "id"));
    }

    /** {@code POST /stock-products/}: a batch. */
    public record StockProductCreateRequest(@BodyField(required = true) UUID product,
                                            @BodyField(required = true) UUID warehouse,
                                            @BodyField(required = true) Quantity quantity,
                                            @BodyField(required = true) Money unitCost,
                                            @BodyField(required = true) Money retailPrice, Money wholesalePrice,
                                            LocalDate expiryDate, String supplier) {
    }

    /**
     * {@code PATCH /stock-products/{id}/}: {@code null} clears the wholesale price, the expiry date and the supplier
     * (read by hand, with whether each was given); cost and retail price cannot be cleared.
     */
    public record StockProductUpdateRequest(Money unitCost, Money retailPrice, Money wholesalePrice,
                                            LocalDate expiryDate, String supplier) {
    }

    private static Input<CreateStockProductCommand> createCommand(Context ctx) {
        return Inputs.read(ctx, StockProductCreateRequest.class, r ->
                new CreateStockProductCommand(ProductId.of(r.product()), WarehouseId.of(r.warehouse()), r.quantity(),
                    r.unitCost(), r.retailPrice(), r.wholesalePrice(), r.expiryDate(), r.supplier()));
    }

    /** PATCH: {@code null} clears wholesale price and expiry; cost and retail price cannot be cleared. */
    private static Input<StockProduct.Revision> revision(Context ctx) {
        return Inputs.read(ctx, body -> {
            Set<String> given = new HashSet<>();
            for (String field : StockProduct.READ_ONLY_FIELDS) {
                if (body.has(field)) {
                    given.add(field);
                }
            }
            for (String required : new String[] {"unit_cost", "retail_price"}) {
                if (body.isNull(required)) {
                    body.problem(required, "This field may not be null.");
                }
            }
            var r = BodyBinder.bind(body, StockProductUpdateRequest.class);
            body.validate();
            Optional<Money> wholesale = body.has("wholesale_price") ? Optional.ofNullable(r.wholesalePrice()) : null;
            Optional<LocalDate> expiry = body.has("expiry_date") ? Optional.ofNullable(r.expiryDate()) : null;
            String supplier = body.isNull("supplier") ? "" : r.supplier();
            return new StockProduct.Revision(r.unitCost(), r.retailPrice(), wholesale, expiry, supplier, given);
        });
    }
}
