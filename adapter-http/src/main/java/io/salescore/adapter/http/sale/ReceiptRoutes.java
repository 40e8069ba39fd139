package io.salescore.adapter.http.sale;

import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.HttpError;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.sale.port.in.GetReceiptUseCase;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleTotals;
import io.salescore.domain.shared.SaleId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /sales/api/sales/{id}/receipt/}: JSON (default) or a printable HTML page, with a token or through a
 * signed link ({@code expires} + {@code signature}) that a browser tab can open without one.
 */
public final class ReceiptRoutes implements Routes {

    private final GetReceiptUseCase receipts;

    public ReceiptRoutes(GetReceiptUseCase receipts) {
        this.receipts = receipts;
    }

    record Named(String name, String code) {
    }

    record Party(String name, String phone) {
    }

    record LineBody(String productName, String sku, String quantity, String unitPrice, String discountAmount,
                    String taxAmount, String totalPrice) {
    }

    record PaymentBody(String amountPaid, String paymentMethod, String reference, Instant createdAt) {
    }

    record RefundNote(String refundNumber, String amount, boolean cancelsSale, Instant createdAt) {
    }

    record ReceiptBody(String receiptNumber, Map<String, String> business, Named storefront, String cashier,
                       Party customer, String status, List<LineBody> lines, String subtotal, String discountAmount,
                       String taxAmount, String totalAmount, String amountPaid, String amountDue, String changeGiven,
                       String amountRefunded, List<PaymentBody> payments, List<RefundNote> refunds, Instant createdAt,
                       Instant completedAt) {
    }

    @Override
    public void register(RouteRegistry api) {
        api.publicGet("/sales/api/sales/{id}/receipt/", ctx -> receipt(ctx, api));
    }

    private void receipt(Context ctx, RouteRegistry api) {
        boolean html = wantsHtml(ctx);
        SaleId sale = SaleId.of(Params.pathId(ctx, "id"));
        GetReceiptUseCase.Receipt receipt;
        String signature = ctx.queryParam("signature");
        if (signature != null) {
            String expires = ctx.queryParam("expires");
            if (expires == null || !expires.matches("^\\d{1,12}$")) {
                throw HttpError.invalidSignature();
            }
            receipt = receipts.receiptByLink(sale, Long.parseLong(expires), signature);
        } else {
            receipt = receipts.receipt(api.actorOf(ctx), sale);
        }
        ReceiptBody body = body(receipt);
        if (html) {
            html(ctx, ReceiptHtml.render(body, receipt.business().timezone()));
        } else {
            Json.ok(ctx, body);
        }
    }

    /** A printable page: nothing but inline style may load, and no frame may hold it. */
    static void html(Context ctx, String page) {
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.attribute(Json.RESPONDED, Boolean.TRUE);
        ctx.status(200).contentType("text/html; charset=utf-8").result(page);
    }

    static boolean wantsHtml(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            return switch (format) {
                case "json" -> false;
                case "html" -> true;
                default -> throw HttpError.badQueryParameter("format", "Must be json or html.");
            };
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    static ReceiptBody body(GetReceiptUseCase.Receipt receipt) {
        var view = receipt.sale();
        Sale sale = view.sale();
        SaleTotals t = sale.totals();
        var names = view.receipt();
        return new ReceiptBody(sale.receiptNumber().map(Object::toString).orElse(null),
                Map.of("name", receipt.business().name(), "currency", receipt.business().currency()),
                new Named(view.storefrontName(), view.storefrontCode()),
                names == null ? view.userName() : names.cashierName(),
                new Party(names == null ? view.customerName() : names.customerName(),
                        names == null ? "" : names.customerPhone()),
                sale.status().name(),
                sale.lines().stream().map(l -> new LineBody(l.productName(), l.productSku(),
                        l.quantity().toPlainString(), l.unitPrice().toString(), l.discountAmount().toString(),
                        l.taxAmount().toString(), l.totalPrice().toString())).toList(),
                t.subtotal().toString(), t.discountAmount().toString(), t.taxAmount().toString(),
                t.totalAmount().toString(), t.amountPaid().toString(), t.amountDue().toString(),
                t.changeGiven().toString(), sale.amountRefunded().toString(),
                sale.payments().stream().map(p -> new PaymentBody(p.amount().toString(), p.method().name(),
                        p.reference(), Json.time(p.createdAt()))).toList(),
                receipt.refunds().stream().map(n -> new RefundNote(n.refundNumber(), n.amount().toString(),
                        n.cancelsSale(), Json.time(n.createdAt()))).toList(),
                Json.time(sale.createdAt()), Json.time(sale.completedAt().orElse(null)));
    }
}
