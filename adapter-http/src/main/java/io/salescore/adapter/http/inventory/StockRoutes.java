package io.salescore.adapter.http.inventory;

import io.salescore.application.common.Input;
import io.salescore.adapter.http.common.Inputs;
import io.salescore.domain.shared.Quantity;
import io.salescore.adapter.http.common.BodyField;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.catalog.CatalogParams;
import io.salescore.adapter.http.common.HttpError;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.inventory.port.in.GetProductStockUseCase;
import io.salescore.application.inventory.port.InventoryFilter;
import io.salescore.application.inventory.port.in.StockAdjustmentsUseCase;
import io.salescore.application.inventory.port.StockMovementFilter;
import io.salescore.application.inventory.port.in.StockMovementsUseCase;
import io.salescore.application.inventory.port.in.StockTransfersUseCase;
import io.salescore.application.inventory.port.in.StorefrontInventoryUseCase;
import io.salescore.application.inventory.port.TransferFilter;
import io.salescore.application.inventory.port.in.TransferStockCommand;
import io.salescore.domain.inventory.MovementKind;
import io.salescore.domain.inventory.StockAdjustment;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/** Stock: a product's stock, transfers, a storefront's inventory and adjustments, and the movement ledger. */
public final class StockRoutes implements Routes {

    private final GetProductStockUseCase productStock;
    private final StockTransfersUseCase transfers;
    private final StorefrontInventoryUseCase inventory;
    private final StockAdjustmentsUseCase adjustments;
    private final StockMovementsUseCase movements;

    public StockRoutes(GetProductStockUseCase productStock, StockTransfersUseCase transfers,
                       StorefrontInventoryUseCase inventory, StockAdjustmentsUseCase adjustments,
                       StockMovementsUseCase movements) {
        this.productStock = productStock;
        this.transfers = transfers;
        this.inventory = inventory;
        this.adjustments = adjustments;
        this.movements = movements;
    }

    @Override
    public void register(RouteRegistry api) {
        api.get("/inventory/api/products/{id}/stock/", (ctx, actor) -> Json.ok(ctx, InventoryJson.ProductStockJson.of(
                productStock.stock(actor, ProductId.of(Params.pathId(ctx, "id"))))));

        api.get("/inventory/api/transfers/", (ctx, actor) -> {
            TransferFilter filter = new TransferFilter(
                    Params.uuid(ctx, "storefront").map(StorefrontId::of).orElse(null),
                    Params.uuid(ctx, "product").map(ProductId::of).orElse(null),
                    Params.uuid(ctx, "stock_product").map(StockProductId::of).orElse(null));
            Paging.write(ctx, transfers.list(actor, filter, Paging.request(ctx)).map(InventoryJson.TransferJson::of));
        });
        api.post("/inventory/api/transfers/", (ctx, actor) -> Json.created(ctx,
                InventoryJson.TransferJson.of(transfers.transfer(actor, transferCommand(ctx)))));

        api.get("/inventory/api/storefronts/{id}/inventory/", (ctx, actor) -> {
            InventoryFilter filter = new InventoryFilter(Params.text(ctx, "search").orElse(null),
                    Params.text(ctx, "barcode").orElse(null), Params.bool(ctx, "in_stock").orElse(null),
                    CatalogParams.active(ctx));
            Paging.write(ctx, inventory.list(actor, StorefrontRoutes.id(ctx), filter, Paging.request(ctx))
                    .map(InventoryJson.InventoryLineJson::of));
        });

        api.get("/inventory/api/storefronts/{id}/adjustments/", (ctx, actor) -> Paging.write(ctx,
                adjustments.list(actor, StorefrontRoutes.id(ctx),
                                Params.uuid(ctx, "product").map(ProductId::of).orElse(null), Paging.request(ctx))
                        .map(InventoryJson.AdjustmentJson::of)));
        api.post("/inventory/api/storefronts/{id}/adjustments/", (ctx, actor) -> Json.created(ctx,
                InventoryJson.AdjustmentJson.of(adjustments.adjust(actor, StorefrontRoutes.id(ctx),
                        adjustmentRequest(ctx)))));

        api.get("/inventory/api/stock-movements/", (ctx, actor) -> {
            Optional<UUID> storefront = Params.uuid(ctx, "storefront");
            Optional<UUID> product = Params.uuid(ctx, "product");
            MovementKind kind = kind(ctx);
            Paging.write(ctx, movements.list(actor, zone -> new StockMovementFilter(
                            storefront.map(StorefrontId::of).orElse(null), product.map(ProductId::of).orElse(null), kind,
                            Params.dateBound(ctx, "date_from", zone, false).orElse(null), Params.dateBound(ctx, "date_to", zone, true).orElse(null)),
                            Paging.request(ctx))
                    .map(InventoryJson.MovementJson::of));
        });
    }

    private static MovementKind kind(Context ctx) {
        Optional<String> raw = Params.text(ctx, "kind");
        if (raw.isEmpty()) {
            return null;
        }
        for (MovementKind kind : MovementKind.values()) {
            if (kind.name().equals(raw.get())) {
                return kind;
            }
        }
        throw HttpError.badQueryParameter("kind", "Must be one of: TRANSFER_IN, ADJUSTMENT, SALE, RETURN.");
    }

    /** {@code POST /transfers/}: a batch's units into a storefront. */
    public record TransferRequest(@BodyField(required = true) UUID stockProduct,
                                  @BodyField(required = true) UUID storefront,
                                  @BodyField(required = true) Quantity quantity) {
    }

    /** {@code POST /storefronts/{id}/adjustments/}: a signed change of a product's count. */
    public record AdjustmentRequest(@BodyField(required = true) UUID product,
                                    @BodyField(required = true) BigDecimal quantityDelta,
                                    @BodyField(required = true) String reason) {
    }

    private static Input<TransferStockCommand> transferCommand(Context ctx) {
        return Inputs.read(ctx, TransferRequest.class, r ->
                new TransferStockCommand(StockProductId.of(r.stockProduct()), StorefrontId.of(r.storefront()),
                    r.quantity()));
    }

    private static Input<StockAdjustment.Request> adjustmentRequest(Context ctx) {
        return Inputs.read(ctx, AdjustmentRequest.class, r ->
                new StockAdjustment.Request(ProductId.of(r.product()), r.quantityDelta(), r.reason()));
    }
}
