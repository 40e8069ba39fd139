package io.salescore.adapter.http.sale;

import io.salescore.adapter.http.common.BodyField;
import io.salescore.adapter.http.common.BodyBinder;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.HttpError;
import io.salescore.adapter.http.common.Inputs;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.adapter.http.common.Versions;
import io.salescore.application.refund.port.in.GetRefundsUseCase;
import io.salescore.application.refund.port.in.RefundSaleUseCase;
import io.salescore.application.refund.port.RefundView;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.sale.refund.RefundPayout.RefundMethod;
import io.salescore.domain.sale.refund.RefundPlan;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StorefrontId;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Refunds and cancel: {@code POST /sales/api/sales/{id}/refund/} and {@code .../cancel/}, the refund list and one
 * refund, and the refund receipt ({@code GET /sales/api/refunds/{id}/receipt/}, JSON or 80 mm HTML, with a token
 * or a signed link).
 */
public final class RefundRoutes implements Routes {

    /** At most this many lines in one refund request. */
    static final int MAX_ITEMS = 200;

    public enum RefundType { FULL, PARTIAL }

    private final RefundSaleUseCase refunds;
    private final GetRefundsUseCase queries;
    private final Clock clock;
    private final Function<SaleView, String> saleReceiptUrl;
    private final Function<RefundView, String> refundReceiptUrl;
    private final Function<Actor, ZoneId> businessZone;

    public RefundRoutes(RefundSaleUseCase refunds, GetRefundsUseCase queries, Clock clock,
                        Function<SaleView, String> saleReceiptUrl, Function<RefundView, String> refundReceiptUrl,
                        Function<Actor, ZoneId> businessZone) {
        this.refunds = refunds;
        this.queries = queries;
        this.clock = clock;
        this.saleReceiptUrl = saleReceiptUrl;
        this.refundReceiptUrl = refundReceiptUrl;
        this.businessZone = businessZone;
    }

    record LineBody(UUID saleItem, UUID product, String productName, String quantity, String amount,
                    String taxAmount, String discountAmount, boolean restock, String reason) {
    }

    record RefundBody(UUID id, String refundNumber, UUID sale, String receiptNumber, String refundType,
                      String reason, String amount, String taxAmount, String discountAmount, String creditAmount,
                      String accountAmount, String paidOut, String refundMethod, String payoutMethod,
                      String originalTender, boolean cancelsSale, List<LineBody> lines, UUID session,
                      String receiptUrl, UUID createdBy, String createdByName, Instant createdAt, UUID storefront,
                      String storefrontName) {
    }

    @Override
    public void register(RouteRegistry api) {
        api.post("/sales/api/sales/{id}/refund/", this::refund);
        api.post("/sales/api/sales/{id}/cancel/", this::cancel);
        api.get("/sales/api/refunds/", this::list);
        api.get("/sales/api/refunds/{id}/", (ctx, actor) ->
                Json.ok(ctx, body(queries.get(actor, Params.pathId(ctx, "id")))));
        api.publicGet("/sales/api/refunds/{id}/receipt/", ctx -> receipt(ctx, api));
    }

    RefundBody body(RefundView r) {
        return new RefundBody(r.id(), r.refundNumber(), r.sale().value(), r.receiptNumber(), r.refundType(),
                r.reason(), r.amount().toString(), r.tax().toString(), r.discount().toString(),
                r.credit().toString(), r.account().toString(), r.paidOut().toString(), r.refundMethod(),
                r.payoutMethod(), r.originalTender(), r.cancelsSale(),
                r.lines().stream().map(l -> new LineBody(l.saleItem().value(), l.product().value(), l.productName(),
                        l.quantity().toPlainString(), l.amount().toString(), l.tax().toString(),
                        l.discount().toString(), l.restock(), l.reason())).toList(),
                r.session(), refundReceiptUrl.apply(r), r.createdBy() == null ? null : r.createdBy().value(),
                r.createdByName(), Json.time(r.createdAt()), r.storefront().value(), r.storefrontName());
    }

    /** {@code POST /sales/{id}/refund/}: without items and type, the whole sale; the use case requires a reason. */
    public record RefundRequest(String reason, Optional<RefundType> refundType, Optional<RefundMethod> refundMethod,
                                Optional<UUID> session, @BodyField(max = MAX_ITEMS) List<Line> items) {

        /** One line to refund; {@code sale_item_id} is the old backend's name of {@code sale_item}. */
        public record Line(@BodyField(required = true, alias = "sale_item_id") UUID saleItem,
                           @BodyField(required = true) Quantity quantity, Boolean restock, String reason) {
        }
    }

    private void refund(Context ctx, Actor actor) {
        var request = Inputs.read(ctx, body -> {
            var r = BodyBinder.bind(body, RefundRequest.class);
            List<RefundPlan.Request> items = r.items() == null ? List.of() : r.items().stream()
                    .map(l -> new RefundPlan.Request(SaleItemId.of(l.saleItem()), l.quantity(),
                            !Boolean.FALSE.equals(l.restock()), l.reason() == null ? "" : l.reason()))
                    .toList();
            // No lines: none given, an invalid list or []; a list whose every line is bad is not "none".
            boolean none = r.items() == null || r.items().isEmpty() && body.raw("items").get().isEmpty();
            boolean full = r.refundType().map(t -> t == RefundType.FULL).orElse(none);
            if (!full && none) {
                body.problem("items", "A PARTIAL refund needs at least one item.");
            }
            body.validate();
            return new RefundSaleUseCase.Request(r.reason(), full, r.refundMethod(), r.session(), items);
        });
        var result = refunds.refund(actor, new RefundSaleUseCase.Command(SaleRouteSupport.saleId(ctx), Versions.ifMatch(ctx), request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "Refund processed successfully");
        body.put("refund", body(result.refund()));
        body.put("sale", SaleJson.sale(result.sale(), clock.instant(), saleReceiptUrl, actor.role() != Role.CASHIER));
        Versions.etag(ctx, result.sale().sale().version());
        Json.ok(ctx, body);
    }

    /** {@code POST /sales/{id}/cancel/}: restock defaults to true. */
    public record CancelRequest(Optional<String> reason, Optional<Boolean> restock, Optional<UUID> session) {
    }

    private void cancel(Context ctx, Actor actor) {
        var request = Inputs.read(ctx, CancelRequest.class, r -> new RefundSaleUseCase.CancelRequest(r.reason(),
                r.restock().orElse(true), r.session()));
        var result = refunds.cancel(actor, new RefundSaleUseCase.CancelCommand(SaleRouteSupport.saleId(ctx), Versions.ifMatch(ctx),
                request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", result.alreadyCancelled() ? "Sale was already cancelled."
                : "Sale cancelled successfully");
        body.put("sale", SaleJson.sale(result.sale(), clock.instant(), saleReceiptUrl, actor.role() != Role.CASHIER));
        body.put("refund", result.refund().map(this::body).orElse(null));
        if (result.draft() || result.alreadyCancelled()) {
            body.put("released", SaleJson.released(result.sale().sale(), result.released()));
        }
        Versions.etag(ctx, result.sale().sale().version());
        Json.ok(ctx, body);
    }

    private void list(Context ctx, Actor actor) {
        ZoneId zone = ctx.queryParam("date_from") == null && ctx.queryParam("date_to") == null
                ? ZoneId.of("UTC") : businessZone.apply(actor);
        var query = new GetRefundsUseCase.Query(Params.uuid(ctx, "sale").map(SaleId::of),
                Params.uuid(ctx, "storefront").map(StorefrontId::of), Params.dateBound(ctx, "date_from", zone, false),
                Params.dateBound(ctx, "date_to", zone, true));
        Paging.write(ctx, queries.list(actor, query, Paging.request(ctx)).map(this::body));
    }

    private void receipt(Context ctx, RouteRegistry api) {
        boolean html = ReceiptRoutes.wantsHtml(ctx);
        UUID refund = Params.pathId(ctx, "id");
        GetRefundsUseCase.Receipt receipt;
        String signature = ctx.queryParam("signature");
        if (signature != null) {
            String expires = ctx.queryParam("expires");
            if (expires == null || !expires.matches("^\\d{1,12}$")) {
                throw HttpError.invalidSignature();
            }
            receipt = queries.receiptByLink(refund, Long.parseLong(expires), signature);
        } else {
            receipt = queries.receipt(api.actorOf(ctx), refund);
        }
        RefundBody body = body(receipt.refund());
        if (html) {
            ReceiptRoutes.html(ctx, ReceiptHtml.renderRefund(body, receipt.business().name(),
                    receipt.business().currency(), receipt.business().timezone()));
        } else {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("business", Map.of("name", receipt.business().name(),
                    "currency", receipt.business().currency()));
            answer.put("refund", body);
            Json.ok(ctx, answer);
        }
    }
}
