package io.salescore.adapter.http.session;

import io.salescore.adapter.http.sale.ReceiptHtml;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The X or Z report on 80 mm till paper; every value escaped, nothing loaded. "REPRINT" after a Z's first print. */
final class SessionReportHtml {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SessionReportHtml() {
    }

    private static String e(String value) {
        return ReceiptHtml.escape(value);
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><td>").append(e(label)).append("</td><td class=\"r\">").append(e(value)).append("</td></tr>");
    }

    private static boolean isZero(String money) {
        return money == null || new java.math.BigDecimal(money).signum() == 0;
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : PRINTED.format(instant.atZone(zone));
    }

    static String render(SessionRoutes.ReportBody r, ZoneId zone) {
        SessionRoutes.SessionBody s = r.session();
        StringBuilder html = new StringBuilder(4096);
        ReceiptHtml.head(html, r.title());
        if (r.reprint()) {
            html.append("<p class=\"c b\">*** REPRINT ***</p>");
        }
        html.append("<h1>").append(e(r.title())).append("</h1>")
                .append("<p class=\"c\">").append(e(s.storefrontName())).append("</p>")
                .append("<p>Cashier: ").append(e(s.userName())).append("</p>")
                .append("<p>Opened: ").append(e(time(s.openedAt(), zone))).append("</p>");
        if (s.closedAt() != null) {
            html.append("<p>Closed: ").append(e(time(s.closedAt(), zone))).append("</p>");
        }
        if (s.stale()) {
            html.append("<p class=\"b\">Open for longer than allowed: count and close it.</p>");
        }
        html.append("<hr><table>");
        row(html, "Sales (" + r.sales().count() + ")", r.sales().total());
        row(html, "Discounts given", r.discountsGiven());
        for (SessionRoutes.MethodBody p : r.payments()) {
            row(html, p.method(), p.taken());
            if (!isZero(p.refunded())) {
                row(html, p.method() + " refunded", "-" + p.refunded());
                row(html, p.method() + " net", p.net());
            }
        }
        row(html, "Change given", r.changeGiven());
        row(html, "Refunds (" + r.refunds().count() + ")", r.refunds().total());
        if (!isZero(r.refunds().credited())) {
            row(html, "Refunds credited to amounts due", r.refunds().credited());
        }
        row(html, "Drafts abandoned", Long.toString(r.abandonedDrafts()));
        html.append("</table><hr><table>");
        row(html, "Opening float", s.openingFloat());
        for (SessionRoutes.MovementBody m : r.cashMovements()) {
            row(html, ("PAY_IN".equals(m.kind()) ? "Pay-in: " : "Pay-out: ") + m.reason(),
                    ("PAY_IN".equals(m.kind()) ? "" : "-") + m.amount());
        }
        html.append("<tr class=\"b\"><td>Expected cash</td><td class=\"r\">").append(e(r.expectedCash()))
                .append("</td></tr>");
        if (r.countedCash() != null) {
            row(html, "Counted cash", r.countedCash());
            row(html, "Difference", r.difference());
            for (SessionRoutes.CountedBody c : r.counted()) {
                row(html, c.method() + " expected", c.expected());
                row(html, c.method() + " counted", c.counted());
                row(html, c.method() + " difference", c.difference());
            }
        }
        html.append("</table></body></html>");
        return html.toString();
    }
}
