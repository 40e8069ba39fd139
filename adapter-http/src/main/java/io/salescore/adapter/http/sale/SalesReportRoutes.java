package io.salescore.adapter.http.sale;

import io.salescore.application.sale.port.ExportRow;
import io.salescore.application.sale.port.TopCustomer;
import io.salescore.application.sale.port.Day;
import io.salescore.application.sale.port.Bucket;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.common.HttpError;
import io.salescore.adapter.http.common.Json;
import io.salescore.adapter.http.common.JsonBody;
import io.salescore.adapter.http.common.Paging;
import io.salescore.adapter.http.common.Params;
import io.salescore.adapter.http.common.RouteRegistry;
import io.salescore.application.sale.port.in.ExportSalesUseCase;
import io.salescore.application.sale.port.SaleCriteria;
import io.salescore.application.sale.port.in.SalesReportsUseCase;
import io.salescore.domain.access.Actor;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.shared.StorefrontId;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /sales/api/sales/summary/}, {@code todays-stats/}, {@code export/} and {@code export_link/} (http-api.md
 * "Reports and export", compat.md E17). Registered before {@code /sales/api/sales/{id}/} so these fixed paths win.
 */
public final class SalesReportRoutes implements Routes {

    static final String BASE = "/sales/api/sales/";
    static final String EXPORT = BASE + "export/";
    private static final List<String> COLUMNS = List.of("Receipt Number", "Date", "Completed At", "Storefront",
            "Customer", "Customer Type", "Items Count", "Subtotal", "Discount", "Tax", "Total", "Paid", "Due",
            "Payment Type", "Status", "Cashier", "Notes");
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final SalesReportsUseCase reports;
    private final ExportSalesUseCase exports;
    private final Clock clock;
    private final Function<Actor, ZoneId> businessZone;

    public SalesReportRoutes(SalesReportsUseCase reports, ExportSalesUseCase exports, Clock clock,
                             Function<Actor, ZoneId> businessZone) {
        this.reports = reports;
        this.exports = exports;
        this.clock = clock;
        this.businessZone = businessZone;
    }

    @Override
    public void register(RouteRegistry api) {
        api.get(BASE + "summary/", this::summary);
        api.get(BASE + "todays-stats/", this::todaysStats);
        api.publicGet(EXPORT, ctx -> export(ctx, api));
        api.post(BASE + "export_link/", this::exportLink);
    }

    private static String money(BigDecimal value) {
        return Json.money(value);
    }

    private static List<Map<String, Object>> buckets(List<Bucket> buckets, String key) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Bucket b : buckets) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(key, b.key());
            m.put("count", b.count());
            m.put("total", money(b.total()));
            result.add(m);
        }
        return result;
    }

    private void summary(Context ctx, Actor actor) {
        ZoneId zone = businessZone.apply(actor);
        SaleCriteria criteria = SaleFilterParams.of(ctx).criteria(() -> zone, actor.userId(), clock);
        SalesReportsUseCase.Summary s = reports.summary(actor, criteria, zone);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("total_sales", money(s.totalSales()));
        summary.put("total_refunds", money(s.totalRefunds()));
        summary.put("net_sales", money(s.netSales()));
        summary.put("total_transactions", s.totalTransactions());
        summary.put("completed_transactions", s.completedTransactions());
        summary.put("avg_transaction", money(s.avgTransaction()));
        summary.put("cash_sales", money(s.cashSales()));
        summary.put("card_sales", money(s.cardSales()));
        summary.put("credit_sales", money(s.creditSales()));
        summary.put("mobile_sales", money(s.mobileSales()));
        summary.put("total_tax", money(s.totalTax()));
        summary.put("total_discounts", money(s.totalDiscounts()));
        summary.put("outstanding_credit", money(s.outstandingCredit()));
        summary.put("total_tax_refunded", money(s.totalTaxRefunded()));
        summary.put("total_cogs", money(s.cogs()));
        summary.put("total_profit", money(s.profit()));
        summary.put("profit_margin", money(s.profitMargin()));
        summary.put("cash_at_hand", money(s.cashAtHand()));
        summary.put("accounts_receivable", money(s.accountsReceivable()));
        summary.put("total_credit_sales", money(s.totalCreditSales()));
        summary.put("unpaid_credit_count", s.unpaidCreditCount());
        summary.put("cash_on_hand", money(s.cashOnHand()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("summary", summary);
        body.put("status_breakdown", buckets(s.statusBreakdown(), "status"));
        List<Map<String, Object>> trend = new ArrayList<>();
        for (Day d : s.dailyTrend()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", d.date().toString());
            m.put("sales", money(d.sales()));
            m.put("transactions", d.transactions());
            trend.add(m);
        }
        body.put("daily_trend", trend);
        List<Map<String, Object>> customers = new ArrayList<>();
        for (TopCustomer c : s.topCustomers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("customer__id", c.id().toString());
            m.put("customer__name", c.name());
            m.put("total_spent", money(c.totalSpent()));
            m.put("transaction_count", c.transactions());
            customers.add(m);
        }
        body.put("top_customers", customers);
        body.put("payment_breakdown", buckets(s.paymentBreakdown(), "payment_type"));
        body.put("type_breakdown", buckets(s.typeBreakdown(), "type"));
        // The Credit tab reads these at the top level (compat.md E17).
        for (String mirror : List.of("total_profit", "outstanding_credit", "unpaid_credit_count", "cash_on_hand",
                "total_credit_sales")) {
            body.put(mirror, summary.get(mirror));
        }
        Json.ok(ctx, body);
    }

    private void todaysStats(Context ctx, Actor actor) {
        ZoneId zone = businessZone.apply(actor);
        LocalDate date = Params.text(ctx, "date").map(raw -> {
            try {
                return LocalDate.parse(raw);
            } catch (DateTimeParseException e) {
                throw HttpError.badQueryParameter("date", "Must be YYYY-MM-DD.");
            }
        }).orElseGet(() -> LocalDate.ofInstant(clock.instant(), zone));
        Optional<StorefrontId> storefront = Params.uuid(ctx, "storefront").map(StorefrontId::of);
        List<SaleStatus> statuses = Params.enums(ctx, "status", SaleStatus.class).stream().distinct().toList();
        SalesReportsUseCase.DayStats d = reports.todaysStats(actor,
                new SalesReportsUseCase.DayQuery(date, storefront, statuses), zone);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", d.date().toString());
        body.put("storefront", d.storefront().map(StorefrontId::toString).orElse(null));
        body.put("statuses", d.statuses().stream().map(Enum::name).toList());
        body.put("transactions", d.transactions());
        body.put("total_sales", money(d.totalSales()));
        body.put("avg_transaction", money(d.avgTransaction()));
        body.put("cash_at_hand", money(d.cashAtHand()));
        body.put("accounts_receivable", money(d.accountsReceivable()));
        body.put("partial_transactions", d.partialTransactions());
        body.put("pending_transactions", d.pendingTransactions());
        body.put("status_breakdown", buckets(d.statusBreakdown(), "status"));
        body.put("payment_breakdown", buckets(d.paymentBreakdown(), "payment_type"));
        Map<String, Object> credit = new LinkedHashMap<>();
        credit.put("total_credit_sales", money(d.totalCreditSales()));
        credit.put("amount_paid", money(d.creditAmountPaid()));
        credit.put("outstanding_amount", money(d.creditOutstanding()));
        body.put("credit_snapshot", credit);
        Json.ok(ctx, body);
    }

    // ---- export ----------------------------------------------------------------------------------------------

    /** The export, with a token or a signed link (a browser download sends no token). */
    private void export(Context ctx, RouteRegistry api) {
        SaleFilterParams params = SaleFilterParams.of(ctx);
        Actor actor;
        String signature = ctx.queryParam("signature");
        if (signature != null && ctx.header("Authorization") == null) {
            String expires = ctx.queryParam("expires");
            if (expires == null || !expires.matches("^\\d{1,12}$")) {
                throw io.salescore.domain.shared.AuthenticationException.invalidSignature();
            }
            String agent = ctx.userAgent();
            actor = exports.linkActor(ctx.queryParam("business"), ctx.queryParam("signed_by"),
                    params.canonicalQuery(), Long.parseLong(expires), signature, api.clientAddress(ctx),
                    agent == null || agent.length() <= 512 ? agent : agent.substring(0, 512));
        } else {
            actor = api.actorOf(ctx);
        }
        ZoneId zone = businessZone.apply(actor);
        SaleCriteria criteria = params.criteria(() -> zone, actor.userId(), clock);
        Writer[] out = new Writer[1];
        exports.export(actor, criteria, params.asMap(), new ExportSalesUseCase.Sink() {
            @Override
            public void begin() {
                ctx.attribute(Json.RESPONDED, Boolean.TRUE);
                ctx.status(200);
                ctx.contentType("text/csv; charset=utf-8");
                ctx.header("Content-Disposition", "attachment; filename=\"sales-"
                        + LocalDate.ofInstant(clock.instant(), zone) + ".csv\"");
                ctx.header("X-Content-Type-Options", "nosniff");
                try {
                    out[0] = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(),
                            StandardCharsets.UTF_8), 64 * 1024);
                    line(out[0], COLUMNS);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void row(ExportRow r) {
                List<String> cells = List.of(nz(r.receiptNumber()), time(r.createdAt(), zone),
                        time(r.completedAt(), zone), nz(r.storefront()), nz(r.customer()), nz(r.customerType()),
                        Long.toString(r.itemsCount()), money(r.subtotal()), money(r.discount()), money(r.tax()),
                        money(r.total()), money(r.paid()), money(r.due()), nz(r.paymentType()), nz(r.status()),
                        nz(r.cashier()), nz(r.notes()));
                try {
                    line(out[0], cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        try {
            if (out[0] != null) {
                out[0].flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String time(Instant t, ZoneId zone) {
        return t == null ? "" : WITH_OFFSET.format(t.atZone(zone));
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180 quoting, and a leading {@code '} before what a spreadsheet would read as a formula. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private void exportLink(Context ctx, Actor actor) {
        JsonBody body = JsonBody.of(ctx);
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (String name : SaleFilterParams.NAMES) {
            Optional<JsonNode> raw = body.raw(name).filter(n -> !n.isNull());
            if (raw.isEmpty()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (JsonNode n : raw.get().isArray() ? iterable(raw.get()) : List.of(raw.get())) {
                if (n.isTextual() || n.isNumber() || n.isBoolean()) {
                    values.add(n.asText());
                } else {
                    throw io.salescore.domain.shared.ValidationException.field(name,
                            "Must be a string, a number, a boolean or a list of them.");
                }
            }
            given.put(name, values);
        }
        SaleFilterParams params = SaleFilterParams.of(given);
        // The filters are checked now, so a link never fails later on a bad filter.
        params.criteria(() -> businessZone.apply(actor), actor.userId(), clock);
        String canonical = params.canonicalQuery();
        ExportSalesUseCase.Link link = exports.link(actor, canonical);
        String url = Paging.origin(ctx) + EXPORT + "?"
                + (canonical.isEmpty() ? "" : canonical + "&") + "business=" + link.business() + "&signed_by="
                + link.user() + "&expires=" + link.expires() + "&signature=" + link.signature();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("url", url);
        answer.put("expires_at", Json.time(link.expiresAt()));
        Json.ok(ctx, answer);
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
