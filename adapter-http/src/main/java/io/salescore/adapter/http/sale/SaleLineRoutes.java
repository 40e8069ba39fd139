package io.salescore.adapter.http.sale;

import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.BodyField;
import io.salescore.adapter.http.common.BodyRecord;
import io.salescore.adapter.http.common.Inputs;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.adapter.http.common.Versions;
import io.salescore.application.common.PageRequest;
import io.salescore.application.sale.port.in.AddItemUseCase;
import io.salescore.application.sale.port.in.LineResult;
import io.salescore.application.sale.port.in.ListSaleReservationsUseCase;
import io.salescore.application.sale.port.in.ReleaseReservationUseCase;
import io.salescore.application.sale.port.in.RemoveSaleItemUseCase;
import io.salescore.application.sale.port.in.UpdateSaleItemUseCase;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.salescore.adapter.http.sale.SaleRouteSupport.SALE;
import static io.salescore.adapter.http.sale.SaleRouteSupport.noFields;
import static io.salescore.adapter.http.sale.SaleRouteSupport.saleId;
import static io.salescore.adapter.http.sale.SaleRouteSupport.writePage;

/**
 * A sale's lines: {@code POST /sales/api/sales/{id}/add_item/}, {@code /sales/api/sale-items/{id}/} (with
 * {@code release_reservation/}), the sale's holds and the old frontend's {@code /sales/api/sales/{id}/items/{item}/}.
 */
public final class SaleLineRoutes implements Routes {

    /** The use cases behind these routes. */
    public record UseCases(AddItemUseCase addItem, UpdateSaleItemUseCase updateItem, RemoveSaleItemUseCase removeItem,
                           ReleaseReservationUseCase release, ListSaleReservationsUseCase reservations) {
    }

    private static final String ITEM = "/sales/api/sale-items/{id}/";
    /** The old frontend's line path (compat.md E10): an alias of {@link #ITEM} for a line of that sale. */
    private static final String SALE_ITEM = "/sales/api/sales/{id}/items/{item}/";

    private final UseCases uc;
    private final Clock clock;

    public SaleLineRoutes(UseCases useCases, Clock clock) {
        this.uc = useCases;
        this.clock = clock;
    }

    @Override
    public void register(RouteRegistry api) {
        api.post(SALE + "add_item/", this::addItem);
        api.patch(ITEM, this::updateItem);
        api.delete(ITEM, this::removeItem);
        api.post(ITEM + "release_reservation/", this::release);
        api.get(SALE + "reservations/", this::reservations);
        api.patch(SALE_ITEM, (ctx, actor) -> updateItem(ctx, actor, true));
        api.delete(SALE_ITEM, (ctx, actor) -> removeItem(ctx, actor, true));
    }

    private static SaleItemId itemId(Context ctx) {
        return SaleItemId.of(Params.pathId(ctx, "id"));
    }

    private void line(Context ctx, int status, LineResult result) {
        Versions.etag(ctx, result.sale().sale().version());
        Json.write(ctx, status, SaleJson.line(result.sale(), result.saleLine(), clock.instant()));
    }

    /** {@code POST /sales/{id}/add_item/}. */
    public record AddItemRequest(@BodyField(required = true) UUID product, Optional<UUID> stockProduct,
                                 @BodyField(required = true) Quantity quantity, Optional<Money> unitPrice,
                                 Optional<Percentage> discountPercentage, Optional<Percentage> taxRate) {
    }

    private void addItem(Context ctx, Actor actor) {
        var item = Inputs.read(ctx, AddItemRequest.class, r -> new AddItemUseCase.Item(ProductId.of(r.product()),
                r.stockProduct().map(StockProductId::of), r.quantity(), r.unitPrice(), r.discountPercentage(),
                r.taxRate()));
        line(ctx, 201, uc.addItem().addItem(actor, new AddItemUseCase.Command(saleId(ctx), Versions.ifMatch(ctx), item)));
    }

    /** {@code PATCH /sale-items/{id}/}. */
    public record SaleItemUpdateRequest(Optional<Quantity> quantity, Optional<Money> unitPrice,
                                        Optional<Percentage> discountPercentage, Optional<Percentage> taxRate) {
    }

    /** {@code PATCH /sales/{sale}/items/{item}/}: the old frontend's {@code discountPercentage}; notes ignored. */
    @BodyRecord(ignored = "notes")
    public record SaleLineAliasUpdateRequest(Optional<Quantity> quantity, Optional<Money> unitPrice,
                                             @BodyField(alias = "discountPercentage")
                                             Optional<Percentage> discountPercentage,
                                             Optional<Percentage> taxRate) {
    }

    private void updateItem(Context ctx, Actor actor) {
        updateItem(ctx, actor, false);
    }

    /**
     * {@code alias}: the old frontend's {@code /sales/{sale}/items/{item}/}, where the line must belong to the sale
     * and {@code discountPercentage} stands for {@code discount_percentage} when that is absent (compat.md E10).
     */
    private void updateItem(Context ctx, Actor actor, boolean alias) {
        Optional<SaleId> sale = alias ? Optional.of(saleId(ctx)) : Optional.empty();
        SaleItemId item = alias ? SaleItemId.of(Params.pathId(ctx, "item")) : itemId(ctx);
        var changes = alias
                ? Inputs.read(ctx, SaleLineAliasUpdateRequest.class, r -> new UpdateSaleItemUseCase.Changes(r.quantity(),
                        r.unitPrice(), r.discountPercentage(), r.taxRate()))
                : Inputs.read(ctx, SaleItemUpdateRequest.class, r -> new UpdateSaleItemUseCase.Changes(r.quantity(),
                        r.unitPrice(), r.discountPercentage(), r.taxRate()));
        line(ctx, 200, uc.updateItem().update(actor,
                new UpdateSaleItemUseCase.Command(item, Versions.ifMatch(ctx), changes, sale)));
    }

    private void removeItem(Context ctx, Actor actor) {
        removeItem(ctx, actor, false);
    }

    private void removeItem(Context ctx, Actor actor, boolean alias) {
        Optional<SaleId> sale = alias ? Optional.of(saleId(ctx)) : Optional.empty();
        SaleItemId item = alias ? SaleItemId.of(Params.pathId(ctx, "item")) : itemId(ctx);
        SaleView view = uc.removeItem().remove(actor, sale, item, Versions.ifMatch(ctx));
        Versions.etag(ctx, view.sale().version());
        ctx.status(204);
    }

    private void release(Context ctx, Actor actor) {
        var result = uc.release().release(actor, itemId(ctx), Versions.ifMatch(ctx), noFields(ctx));
        LineResult line = result.line();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", result.released().isEmpty() ? "No active reservation to release."
                : "Reservation released.");
        body.put("released", SaleJson.released(line.sale().sale(), result.released()));
        body.put("sale_item", SaleJson.line(line.sale(), line.saleLine(), clock.instant()));
        Versions.etag(ctx, line.sale().sale().version());
        Json.ok(ctx, body);
    }

    private void reservations(Context ctx, Actor actor) {
        SaleId sale = saleId(ctx);
        Optional<ReservationStatus> status = Params.enums(ctx, "status", ReservationStatus.class).stream().findFirst();
        PageRequest page = Paging.request(ctx);
        var result = uc.reservations().list(actor, sale, status);
        List<SaleJson.ReservationBody> all = result.reservations().stream()
                .map(n -> SaleJson.ReservationBody.of(n.reservation(), n.productName(), result.now())).toList();
        writePage(ctx, all, page);
    }
}
