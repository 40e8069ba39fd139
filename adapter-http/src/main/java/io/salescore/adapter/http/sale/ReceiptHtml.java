package io.salescore.adapter.http.sale;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A printable receipt for 80 mm till paper. Every value is HTML-escaped; the page loads nothing else. */
public final class ReceiptHtml {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReceiptHtml() {
    }

    /**
     * HTML-escaped, and without bidirectional control characters (embeddings, overrides, isolates and marks), so a
     * name cannot reorder what is printed after it on the receipt.
     */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            if (isBidiControl(c)) {
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F' || c == '\u061C';
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : PRINTED.format(instant.atZone(zone));
    }

    /** The 80 mm page's head and style, up to the opened body (shared by receipts and till reports). */
    public static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>")
                .append("body{width:72mm;margin:0 auto;padding:4mm;font:12px/1.35 monospace;color:#000}")
                .append("h1{font-size:15px;text-align:center;margin:0 0 2px}p{margin:0}.c{text-align:center}")
                .append("table{width:100%;border-collapse:collapse}td{vertical-align:top;padding:1px 0}")
                .append(".r{text-align:right}.t td{border-top:1px dashed #000}.b{font-weight:bold}")
                .append("hr{border:0;border-top:1px dashed #000;margin:4px 0}@media print{@page{size:80mm auto;margin:0}}")
                .append("</style></head><body>");
    }

    static String render(ReceiptRoutes.ReceiptBody r, String timezone) {
        ZoneId zone = ZoneId.of(timezone);
        String currency = escape(r.business().get("currency"));
        StringBuilder html = new StringBuilder(4096);
        head(html, "Receipt " + (r.receiptNumber() == null ? "" : r.receiptNumber()));
        html.append("<h1>").append(escape(r.business().get("name"))).append("</h1>")
                .append("<p class=\"c\">").append(escape(r.storefront().name())).append("</p><hr>")
                .append("<p>Receipt: ").append(escape(r.receiptNumber())).append("</p>")
                .append("<p>Date: ").append(escape(time(r.completedAt(), zone))).append("</p>")
                .append("<p>Cashier: ").append(escape(r.cashier())).append("</p>")
                .append("<p>Customer: ").append(escape(r.customer().name()));
        if (r.customer().phone() != null && !r.customer().phone().isEmpty()) {
            html.append(" (").append(escape(r.customer().phone())).append(')');
        }
        html.append("</p>");
        if (!"COMPLETED".equals(r.status())) {
            html.append("<p class=\"b\">Status: ").append(escape(r.status())).append("</p>");
        }
        html.append("<hr><table>");
        for (ReceiptRoutes.LineBody line : r.lines()) {
            html.append("<tr><td colspan=\"2\">").append(escape(line.productName())).append("</td></tr>")
                    .append("<tr><td>").append(escape(line.quantity())).append(" x ").append(escape(line.unitPrice()));
            if (!"0.00".equals(line.discountAmount())) {
                html.append(" -").append(escape(line.discountAmount()));
            }
            if (!"0.00".equals(line.taxAmount())) {
                html.append(" +tax ").append(escape(line.taxAmount()));
            }
            html.append("</td><td class=\"r\">").append(escape(line.totalPrice())).append("</td></tr>");
        }
        html.append("</table><hr><table>");
        row(html, "Subtotal", r.subtotal(), currency, false);
        if (!"0.00".equals(r.discountAmount())) {
            row(html, "Discount", "-" + r.discountAmount(), currency, false);
        }
        if (!"0.00".equals(r.taxAmount())) {
            row(html, "Tax", r.taxAmount(), currency, false);
        }
        row(html, "Total", r.totalAmount(), currency, true);
        for (ReceiptRoutes.PaymentBody p : r.payments()) {
            row(html, "Paid (" + p.paymentMethod() + ")", p.amountPaid(), currency, false);
        }
        row(html, "Change", r.changeGiven(), currency, false);
        if (!"0.00".equals(r.amountDue())) {
            row(html, "Amount due", r.amountDue(), currency, true);
        }
        for (ReceiptRoutes.RefundNote n : r.refunds()) {
            row(html, (n.cancelsSale() ? "Cancelled " : "Refund ") + n.refundNumber(), "-" + n.amount(), currency,
                    false);
        }
        html.append("</table><hr><p class=\"c\">Thank you!</p></body></html>");
        return html.toString();
    }

    static String renderRefund(RefundRoutes.RefundBody r, String businessName, String currencyCode, String timezone) {
        ZoneId zone = ZoneId.of(timezone);
        String currency = escape(currencyCode);
        StringBuilder html = new StringBuilder(2048);
        head(html, "Refund " + r.refundNumber());
        html.append("<h1>").append(escape(businessName)).append("</h1>")
                .append("<p class=\"c\">").append(escape(r.storefrontName())).append("</p>")
                .append("<p class=\"c b\">").append(r.cancelsSale() ? "CANCELLATION" : "REFUND").append("</p><hr>")
                .append("<p>Refund: ").append(escape(r.refundNumber())).append("</p>")
                .append("<p>Receipt: ").append(escape(r.receiptNumber())).append("</p>")
                .append("<p>Date: ").append(escape(time(r.createdAt(), zone))).append("</p>")
                .append("<p>By: ").append(escape(r.createdByName())).append("</p>")
                .append("<p>Reason: ").append(escape(r.reason())).append("</p><hr><table>");
        for (RefundRoutes.LineBody line : r.lines()) {
            html.append("<tr><td colspan=\"2\">").append(escape(line.productName())).append("</td></tr>")
                    .append("<tr><td>").append(escape(line.quantity())).append(line.restock() ? " returned" : "")
                    .append("</td><td class=\"r\">-").append(escape(line.amount())).append("</td></tr>");
        }
        html.append("</table><hr><table>");
        if (!"0.00".equals(r.taxAmount())) {
            row(html, "Tax refunded", r.taxAmount(), currency, false);
        }
        row(html, "Refund total", r.amount(), currency, true);
        if (!"0.00".equals(r.creditAmount())) {
            row(html, "Off amount due", r.creditAmount(), currency, false);
        }
        if (!"0.00".equals(r.accountAmount())) {
            row(html, "To account", r.accountAmount(), currency, false);
        }
        String handed = new java.math.BigDecimal(r.paidOut()).subtract(new java.math.BigDecimal(r.accountAmount()))
                .toPlainString();
        if (r.payoutMethod() != null && !"0.00".equals(handed)) {
            row(html, "Paid out (" + r.payoutMethod() + ")", handed, currency, false);
        }
        html.append("</table><hr><p class=\"c\">Keep this slip with your receipt.</p></body></html>");
        return html.toString();
    }

    private static void row(StringBuilder html, String label, String amount, String currency, boolean bold) {
        html.append("<tr").append(bold ? " class=\"t b\"" : "").append("><td>").append(escape(label))
                .append("</td><td class=\"r\">").append(currency).append(' ').append(escape(amount))
                .append("</td></tr>");
    }
}
