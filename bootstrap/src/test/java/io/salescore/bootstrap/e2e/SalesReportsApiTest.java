package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.StatementCounter;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStaff;
import io.salescore.bootstrap.support.TestStock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Summary, today's stats and the CSV export over a known day of sales (http-api.md "Reports and export", compat.md
 * E14, E17): five sales completed at 23:00 local on day D, one created on D and completed at 00:10 on D+1, and on
 * D+1 the refund of a D sale. The business's zone ({@code Etc/GMT±N}) is chosen so that it is 22:xx there now: the
 * shared test clock moves less than two and a half hours (tokens of other tests stay alive), and local days differ
 * from UTC days.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one known day for every test: the shared clock moves once
class SalesReportsApiTest {

    private ZoneId zone;

    private TestBusiness shop;
    private ApiClient owner;
    private TestStock stock;
    private String storefront;
    private TestStock.Product tin;
    private Jdbi jdbi;
    private LocalDate day;
    private String cash;
    private String card;
    private String credit;
    private String partPaid;
    private String refunded;
    private String lateDraft;
    private String kofi;
    private String ama;

    @BeforeAll
    void a_known_day() {
        shop = TestBusiness.register();
        owner = shop.owner;
        stock = new TestStock(shop);
        jdbi = shop.server.app().database().jdbi();
        int utcHour = shop.server.clock().instant().atZone(ZoneId.of("UTC")).getHour();
        int offset = 22 - utcHour > 14 ? -2 - utcHour : 22 - utcHour; // local hour 22 now
        String zoneId = offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" + offset : "+" + -offset);
        zone = ZoneId.of(zoneId);
        assertThat(owner.patch("/accounts/api/business/", Map.of("timezone", zoneId)).status()).isEqualTo(200);
        storefront = stock.storefront("Main");
        tin = stock.product(storefront, "Tin of milk", "10.00", null, 100);
        kofi = stock.customer("Kofi Mensah", "500.00");
        ama = stock.customer("Ama Owusu", "500.00");
        advanceTo(23, 0);
        day = ZonedDateTime.ofInstant(shop.server.clock().instant(), zone).toLocalDate();

        cash = sell(null, 2, 0);
        complete(cash, "CASH", List.of(pay("50.00", "CASH")), "");
        card = sell(null, 3, 15);
        complete(card, "CARD", List.of(pay("34.50", "CARD")), "=HYPERLINK(\"http://x\")");
        credit = sell(kofi, 4, 0);
        complete(credit, "CREDIT", List.of(), "");
        partPaid = sell(ama, 5, 0);
        complete(partPaid, "CREDIT", List.of(pay("20.00", "CASH")), "");
        refunded = sell(null, 1, 0);
        complete(refunded, "CASH", List.of(pay("10.00", "CASH")), "");
        lateDraft = sell(null, 1, 0);

        step(Duration.ofMinutes(70)); // 00:10 on D+1
        complete(lateDraft, "MOBILE", List.of(pay("10.00", "MOBILE")), "");
        ApiClient.Response refund = owner.post("/sales/api/sales/" + refunded + "/refund/",
                Map.of("reason", "Dented tin", "refund_type", "FULL"));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(200);
    }

    /** Moves the shared clock to the next {@code hh:mm} local, in steps a token survives (idle timeout 12 h). */
    private void advanceTo(int hour, int minute) {
        ZonedDateTime now = ZonedDateTime.ofInstant(shop.server.clock().instant(), zone);
        ZonedDateTime target = now.toLocalDate().atTime(hour, minute).atZone(zone);
        if (!target.isAfter(now)) {
            target = target.plusDays(1);
        }
        Duration left = Duration.between(now, target);
        while (!left.isZero()) {
            Duration hop = left.compareTo(Duration.ofHours(10)) > 0 ? Duration.ofHours(10) : left;
            step(hop);
            left = left.minus(hop);
        }
    }

    private void step(Duration d) {
        shop.server.clock().advance(d);
        assertThat(owner.get("/accounts/api/business/").status()).isEqualTo(200);
    }

    private String sell(String customer, int quantity, int taxRate) {
        Map<String, Object> body = customer == null ? Map.of("storefront", storefront)
                : Map.of("storefront", storefront, "customer", customer);
        String sale = owner.post("/sales/api/sales/", body).id();
        ApiClient.Response add = owner.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", tin.id(), "quantity", quantity, "tax_rate", taxRate));
        assertThat(add.status()).as(add.toString()).isEqualTo(201);
        return sale;
    }

    private static Map<String, Object> pay(String amount, String method) {
        return Map.of("amount_paid", amount, "payment_method", method);
    }

    private void complete(String sale, String type, List<Map<String, Object>> payments, String notes) {
        ApiClient.Response r = owner.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payment_type", type, "payments", payments, "notes", notes));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private String dayQuery(LocalDate d) {
        return "date_from=" + d + "&date_to=" + d;
    }

    private static List<String> ids(ApiClient.Response r) {
        List<String> ids = new ArrayList<>();
        r.results().forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    private String receipt(String sale) {
        return owner.get("/sales/api/sales/" + sale + "/").text("receipt_number");
    }

    // ---- summary ---------------------------------------------------------------------------------------------

    @Test
    void the_summary_of_day_d_counts_the_sales_completed_that_local_day_with_exact_figures() {
        ApiClient.Response r = owner.get("/sales/api/sales/summary/?" + dayQuery(day));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode s = r.json().get("summary");
        assertThat(s.get("total_sales").asText()).isEqualTo("154.50");
        assertThat(s.get("total_refunds").asText()).isEqualTo("0.00"); // the refund was made on D+1
        assertThat(s.get("net_sales").asText()).isEqualTo("154.50");
        assertThat(s.get("total_transactions").asLong()).isEqualTo(5);
        assertThat(s.get("completed_transactions").asLong()).isEqualTo(2);
        assertThat(s.get("avg_transaction").asText()).isEqualTo("30.90");
        assertThat(s.get("cash_sales").asText()).isEqualTo("50.00"); // 50 + 20 + 10 taken, 30 change
        assertThat(s.get("card_sales").asText()).isEqualTo("34.50");
        assertThat(s.get("mobile_sales").asText()).isEqualTo("0.00");
        assertThat(s.get("credit_sales").asText()).isEqualTo("90.00");
        assertThat(s.get("total_tax").asText()).isEqualTo("4.50");
        assertThat(s.get("total_discounts").asText()).isEqualTo("0.00");
        assertThat(s.get("outstanding_credit").asText()).isEqualTo("70.00");
        assertThat(s.get("total_tax_refunded").asText()).isEqualTo("0.00");
        assertThat(s.get("total_cogs").asText()).isEqualTo("15.00");
        assertThat(s.get("total_profit").asText()).isEqualTo("135.00");
        assertThat(s.get("profit_margin").asText()).isEqualTo("87.38");
        assertThat(s.get("cash_at_hand").asText()).isEqualTo("84.50");
        assertThat(s.get("accounts_receivable").asText()).isEqualTo("70.00");
        assertThat(s.get("total_credit_sales").asText()).isEqualTo("90.00");
        assertThat(s.get("unpaid_credit_count").asLong()).isEqualTo(2);
        assertThat(s.get("cash_on_hand").asText()).isEqualTo("63.00"); // 18 + 27 + 0 + 45 × 0.4 + 0
        JsonNode body = r.json();
        assertThat(body.get("total_profit").asText()).isEqualTo("135.00");
        assertThat(body.get("outstanding_credit").asText()).isEqualTo("70.00");
        assertThat(body.get("unpaid_credit_count").asLong()).isEqualTo(2);
        assertThat(body.get("cash_on_hand").asText()).isEqualTo("63.00");
        assertThat(body.get("total_credit_sales").asText()).isEqualTo("90.00");
        assertThat(body.get("status_breakdown").toString()).isEqualTo("[{\"status\":\"COMPLETED\",\"count\":2,"
                + "\"total\":\"54.50\"},{\"status\":\"PARTIAL\",\"count\":1,\"total\":\"50.00\"},{\"status\":"
                + "\"PENDING\",\"count\":1,\"total\":\"40.00\"},{\"status\":\"REFUNDED\",\"count\":1,\"total\":\"10.00\"}]");
        assertThat(body.get("daily_trend").toString())
                .isEqualTo("[{\"date\":\"" + day + "\",\"sales\":\"154.50\",\"transactions\":5}]");
        assertThat(body.at("/top_customers/0/customer__id").asText()).isEqualTo(ama);
        assertThat(body.at("/top_customers/0/customer__name").asText()).isEqualTo("Ama Owusu");
        assertThat(body.at("/top_customers/0/total_spent").asText()).isEqualTo("50.00");
        assertThat(body.at("/top_customers/1/customer__id").asText()).isEqualTo(kofi);
        assertThat(body.get("top_customers")).hasSize(2);
        assertThat(body.get("payment_breakdown").toString()).isEqualTo("[{\"payment_type\":\"CREDIT\",\"count\":2,"
                + "\"total\":\"90.00\"},{\"payment_type\":\"CASH\",\"count\":2,\"total\":\"30.00\"},"
                + "{\"payment_type\":\"CARD\",\"count\":1,\"total\":\"34.50\"}]");
        assertThat(body.get("type_breakdown").toString())
                .isEqualTo("[{\"type\":\"RETAIL\",\"count\":5,\"total\":\"154.50\"}]");
        Integrity.assertClean(shop);
    }

    @Test
    void the_next_day_has_the_late_sale_and_the_refund_of_a_sale_of_the_day_before() {
        JsonNode s = owner.get("/sales/api/sales/summary/?" + dayQuery(day.plusDays(1))).json().get("summary");
        assertThat(s.get("total_sales").asText()).isEqualTo("10.00");
        assertThat(s.get("total_refunds").asText()).isEqualTo("10.00");
        assertThat(s.get("net_sales").asText()).isEqualTo("0.00");
        assertThat(s.get("total_transactions").asLong()).isEqualTo(1);
        assertThat(s.get("cash_sales").asText()).isEqualTo("-10.00"); // the refund paid cash out
        assertThat(s.get("mobile_sales").asText()).isEqualTo("10.00");
        assertThat(s.get("total_cogs").asText()).isEqualTo("0.00"); // 1 sold, 1 restocked
        assertThat(s.get("total_profit").asText()).isEqualTo("0.00");
        assertThat(s.get("profit_margin").asText()).isEqualTo("0.00");
        assertThat(s.get("cash_at_hand").asText()).isEqualTo("0.00");

        JsonNode all = owner.get("/sales/api/sales/summary/").json().get("summary");
        assertThat(all.get("total_sales").asText()).isEqualTo("164.50");
        assertThat(all.get("total_refunds").asText()).isEqualTo("10.00");
        assertThat(all.get("net_sales").asText()).isEqualTo("154.50");
        assertThat(all.get("total_transactions").asLong()).isEqualTo(6);

        JsonNode today = owner.get("/sales/api/sales/summary/?date_range=today").json().get("summary");
        assertThat(today.get("total_sales").asText()).isEqualTo("10.00");
        JsonNode yesterday = owner.get("/sales/api/sales/summary/?date_range=yesterday").json().get("summary");
        assertThat(yesterday.get("total_sales").asText()).isEqualTo("154.50");
    }

    @Test
    void the_list_filters_feed_the_summary_and_the_list_keeps_created_at() {
        ApiClient.Response creditOnly = owner.get("/sales/api/sales/summary/?payment_type=CREDIT&" + dayQuery(day));
        assertThat(creditOnly.json().at("/summary/total_sales").asText()).isEqualTo("90.00");
        assertThat(creditOnly.json().at("/summary/total_transactions").asLong()).isEqualTo(2);
        assertThat(owner.get("/sales/api/sales/summary/?search=ama+ow").json().at("/summary/total_sales").asText())
                .isEqualTo("50.00");
        assertThat(owner.get("/sales/api/sales/summary/?status=COMPLETED&" + dayQuery(day)).json()
                .at("/summary/total_sales").asText()).isEqualTo("54.50");

        // The list selects by created_at: the draft created on D and completed on D+1 is in D's list.
        assertThat(ids(owner.get("/sales/api/sales/?" + dayQuery(day))))
                .containsExactlyInAnyOrder(cash, card, credit, partPaid, refunded, lateDraft);
        assertThat(ids(owner.get("/sales/api/sales/?payment_status=partial"))).containsExactly(partPaid);
        assertThat(ids(owner.get("/sales/api/sales/?payment_status=unpaid&payment_type=CREDIT")))
                .containsExactly(credit);
        assertThat(ids(owner.get("/sales/api/sales/?has_outstanding_balance=true")))
                .containsExactlyInAnyOrder(credit, partPaid);
        assertThat(ids(owner.get("/sales/api/sales/?customer_id=" + kofi))).containsExactly(credit);
        assertThat(ids(owner.get("/sales/api/sales/?status=REFUNDED"))).containsExactly(refunded);
        assertThat(ids(owner.get("/sales/api/sales/?payment_type=SPLIT"))).isEmpty();
        assertThat(ids(owner.get("/sales/api/sales/?type=RETAIL&min_amount_due=30&max_amount_due=30.00")))
                .containsExactly(partPaid);
        assertThat(ids(owner.get("/sales/api/sales/?days_outstanding=0"))).containsExactlyInAnyOrder(credit, partPaid);
        assertThat(ids(owner.get("/sales/api/sales/?days_outstanding=1"))).isEmpty();
        assertThat(ids(owner.get("/sales/api/sales/?search=tin+of"))).hasSize(6);
        assertThat(ids(owner.get("/sales/api/sales/?receipt_number=" + receipt(card)))).containsExactly(card);
        assertThat(ids(owner.get("/sales/api/sales/?amount=30"))).containsExactly(card); // 34.50 is within 5.00
        for (String bad : List.of("date_range=fortnight", "days_outstanding=x", "min_amount_due=1.234",
                "payment_status=owing", "type=BULK", "customer_id=1-1-1-1-1", "has_outstanding_balance=maybe")) {
            ApiClient.Response r = owner.get("/sales/api/sales/?" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().get("details").has(bad.substring(0, bad.indexOf('=')))).as(bad).isTrue();
            assertThat(owner.get("/sales/api/sales/summary/?" + bad).status()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void todays_stats_follow_the_business_day_and_the_status_parameter() {
        JsonNode today = owner.get("/sales/api/sales/todays-stats/").json();
        assertThat(today.get("date").asText()).isEqualTo(day.plusDays(1).toString());
        assertThat(today.get("transactions").asLong()).isEqualTo(1);
        assertThat(today.get("total_sales").asText()).isEqualTo("10.00");
        assertThat(today.get("cash_at_hand").asText()).isEqualTo("0.00"); // 10 taken by mobile, 10 paid out

        ApiClient.Response r = owner.get("/sales/api/sales/todays-stats/?date=" + day + "&storefront=" + storefront);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode d = r.json();
        assertThat(d.get("storefront").asText()).isEqualTo(storefront);
        assertThat(d.get("statuses").toString()).isEqualTo("[\"COMPLETED\"]");
        assertThat(d.get("transactions").asLong()).isEqualTo(2);
        assertThat(d.get("total_sales").asText()).isEqualTo("54.50");
        assertThat(d.get("avg_transaction").asText()).isEqualTo("27.25");
        assertThat(d.get("cash_at_hand").asText()).isEqualTo("84.50");
        assertThat(d.get("accounts_receivable").asText()).isEqualTo("70.00");
        assertThat(d.get("partial_transactions").asLong()).isEqualTo(1);
        assertThat(d.get("pending_transactions").asLong()).isEqualTo(1);
        assertThat(d.get("status_breakdown")).hasSize(4);
        assertThat(d.get("payment_breakdown").toString()).isEqualTo("[{\"payment_type\":\"CARD\",\"count\":1,"
                + "\"total\":\"34.50\"},{\"payment_type\":\"CASH\",\"count\":1,\"total\":\"20.00\"}]");
        assertThat(d.get("credit_snapshot").toString()).isEqualTo(
                "{\"total_credit_sales\":\"0.00\",\"amount_paid\":\"20.00\",\"outstanding_amount\":\"70.00\"}");

        JsonNode every = owner.get("/sales/api/sales/todays-stats/?date=" + day
                + "&status=COMPLETED,PARTIAL&status=PENDING&status=REFUNDED").json();
        assertThat(every.get("transactions").asLong()).isEqualTo(5);
        assertThat(every.get("total_sales").asText()).isEqualTo("154.50");
        assertThat(every.at("/credit_snapshot/total_credit_sales").asText()).isEqualTo("90.00");
        assertThat(owner.get("/sales/api/sales/todays-stats/?date=yesterday").status()).isEqualTo(400);
        assertThat(owner.get("/sales/api/sales/todays-stats/?status=LOST").status()).isEqualTo(400);
    }

    @Test
    void a_cashier_gets_the_summary_without_cost_and_profit_and_scope_is_by_storefront() {
        ApiClient cashier = TestStaff.member(shop, "CASHIER", storefront);
        ApiClient.Response r = cashier.get("/sales/api/sales/summary/?" + dayQuery(day));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode s = r.json().get("summary");
        assertThat(s.get("total_sales").asText()).isEqualTo("154.50");
        for (String hidden : List.of("total_cogs", "total_profit", "profit_margin", "cash_on_hand")) {
            assertThat(s.get(hidden).isNull()).as(hidden).isTrue();
        }
        assertThat(r.json().get("total_profit").isNull()).isTrue();
        assertThat(r.json().get("cash_on_hand").isNull()).isTrue();
        assertThat(cashier.get("/sales/api/sales/todays-stats/").status()).isEqualTo(200);
        assertThat(cashier.get("/sales/api/sales/export/").status()).isEqualTo(403);
        assertThat(cashier.post("/sales/api/sales/export_link/", Map.of()).status()).isEqualTo(403);

        String other = stock.storefront("Other");
        ApiClient elsewhere = TestStaff.member(shop, "MANAGER", other);
        JsonNode none = elsewhere.get("/sales/api/sales/summary/").json().get("summary");
        assertThat(none.get("total_transactions").asLong()).isZero();
        assertThat(none.get("total_sales").asText()).isEqualTo("0.00");
        assertThat(none.get("avg_transaction").asText()).isEqualTo("0.00");
        assertThat(elsewhere.get("/sales/api/sales/todays-stats/?date=" + day).json().get("transactions").asLong())
                .isZero();
        assertThat(elsewhere.get("/sales/api/sales/summary/?storefront=" + storefront).status()).isEqualTo(403);
        assertThat(elsewhere.get("/sales/api/sales/todays-stats/?storefront=" + storefront).status()).isEqualTo(403);
        assertThat(elsewhere.get("/sales/api/sales/summary/?storefront=" + UUID.randomUUID()).status()).isEqualTo(200);
        String csv = elsewhere.get("/sales/api/sales/export/").body();
        assertThat(csv.split("\r\n")).hasSize(1); // the header only
    }

    @Test
    void the_summary_costs_the_same_number_of_statements_for_one_sale_or_five() {
        StatementCounter counter = shop.server.statements();
        int five = counter.during(() -> owner.get("/sales/api/sales/summary/?" + dayQuery(day))).size();
        int one = counter.during(() -> owner.get("/sales/api/sales/summary/?" + dayQuery(day.plusDays(1)))).size();
        assertThat(five).isEqualTo(one).isLessThanOrEqualTo(10);
        int exportFive = counter.during(() -> owner.get("/sales/api/sales/export/?" + dayQuery(day))).size();
        int exportOne = counter.during(() -> owner.get("/sales/api/sales/export/?" + dayQuery(day.plusDays(1)))).size();
        assertThat(exportFive).isEqualTo(exportOne);
    }

    // ---- export ----------------------------------------------------------------------------------------------

    @Test
    void the_export_is_a_quoted_escaped_csv_attachment_in_the_business_time_zone_and_is_audited() {
        long auditedBefore = exportsAudited();
        ApiClient.Response r = owner.get("/sales/api/sales/export/?" + dayQuery(day));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/csv");
        assertThat(r.header("Content-Disposition")).startsWith("attachment; filename=\"sales-");
        String[] lines = r.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\"Receipt Number\",\"Date\",\"Completed At\",\"Storefront\",\"Customer\","
                + "\"Customer Type\",\"Items Count\",\"Subtotal\",\"Discount\",\"Tax\",\"Total\",\"Paid\",\"Due\","
                + "\"Payment Type\",\"Status\",\"Cashier\",\"Notes\"");
        assertThat(lines).hasSize(6);
        assertThat(lines[1]).startsWith("\"" + receipt(cash) + "\",\"" + day + "T23:00:")
                .contains(java.time.format.DateTimeFormatter.ofPattern("xxx").format(ZonedDateTime.now(zone))
                        + "\",\"" + day + "T23:00:")
                .endsWith("\"Main\",\"Walk-in Customer\",\"RETAIL\",\"1\",\"20.00\",\"0.00\",\"0.00\",\"20.00\","
                        + "\"20.00\",\"0.00\",\"CASH\",\"COMPLETED\",\"" + cashierOf(cash) + "\",\"\"");
        assertThat(lines[2]).startsWith("\"" + receipt(card) + "\"")
                .endsWith("\"34.50\",\"0.00\",\"4.50\",\"34.50\",\"34.50\",\"0.00\",\"CARD\",\"COMPLETED\",\""
                        + cashierOf(card) + "\",\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(lines[4]).contains("\"Ama Owusu\"").contains("\"50.00\",\"20.00\",\"30.00\",\"CREDIT\",\"PARTIAL\"");
        assertThat(lines[5]).contains("\"10.00\",\"0.00\",\"0.00\",\"CASH\",\"REFUNDED\"");
        assertThat(exportsAudited()).isEqualTo(auditedBefore + 1);
        assertThat(owner.get("/sales/api/sales/export/?status=WHATEVER").status()).isEqualTo(400);
        assertThat(shop.server.anonymous().get("/sales/api/sales/export/").status()).isEqualTo(401);
    }

    private long exportsAudited() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT count(*) FROM audit_log WHERE business_id = :b AND event_type = 'sales.exported'
                          AND event_data -> 'filters' ->> 'date_from' = :d""")
                .bind("b", UUID.fromString(shop.businessId)).bind("d", day.toString()).mapTo(Long.class).one());
    }

    private String cashierOf(String sale) {
        return jdbi.withHandle(h -> h.createQuery("SELECT receipt_cashier_name FROM sale WHERE id = :id")
                .bind("id", UUID.fromString(sale)).mapTo(String.class).one());
    }

    @Test
    void a_third_export_at_once_is_refused_with_export_busy_and_retry_after() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ApiClient.Response>> running = new ArrayList<>();
        Handle lock = jdbi.open();
        lock.begin();
        lock.execute("LOCK TABLE sale IN ACCESS EXCLUSIVE MODE"); // the two exports wait on their first read
        try {
            for (int i = 0; i < 2; i++) {
                running.add(pool.submit(() -> owner.get("/sales/api/sales/export/")));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (waitingExports() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(waitingExports()).isEqualTo(2);

            ApiClient.Response busy = owner.get("/sales/api/sales/export/");
            assertThat(busy.status()).as(busy.toString()).isEqualTo(429);
            assertThat(busy.text("code")).isEqualTo("EXPORT_BUSY");
            assertThat(Integer.parseInt(busy.header("Retry-After"))).isPositive();
        } finally {
            lock.rollback();
            lock.close();
            pool.shutdown();
        }
        for (Future<ApiClient.Response> export : running) {
            ApiClient.Response r = export.get(30, TimeUnit.SECONDS);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.body().split("\r\n")).hasSize(7);
        }
        assertThat(owner.get("/sales/api/sales/export/").status()).isEqualTo(200);
    }

    private long waitingExports() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE application_name = 'salescore-export' AND wait_event_type = 'Lock'""")
                .mapTo(Long.class).one());
    }

    @Test
    void a_signed_export_link_downloads_without_a_token_until_it_expires_and_never_when_altered() {
        ApiClient.Response made = owner.post("/sales/api/sales/export_link/",
                Map.of("date_from", day.toString(), "date_to", day.toString(), "status", List.of("COMPLETED")));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        String url = made.text("url");
        assertThat(url).startsWith("http").contains("/sales/api/sales/export/?").contains("signature=");
        Instant expires = Instant.parse(made.text("expires_at"));
        assertThat(Duration.between(shop.server.clock().instant(), expires)).isBetween(Duration.ofMinutes(4),
                Duration.ofMinutes(5));
        String path = url.substring(url.indexOf("/sales/api/"));
        ApiClient anonymous = shop.server.anonymous();

        ApiClient.Response csv = anonymous.get(path);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.body().split("\r\n")).hasSize(3); // header, the two COMPLETED sales of D
        assertThat(csv.header("Content-Disposition")).startsWith("attachment");

        String forged = path.substring(0, path.length() - 4) + (path.endsWith("0000") ? "1111" : "0000");
        assertThat(anonymous.get(forged).text("code")).isEqualTo("INVALID_SIGNATURE");
        ApiClient.Response widened = anonymous.get(path.replace("date_to=" + day, "date_to=" + day.plusDays(1)));
        assertThat(widened.status()).isEqualTo(401);
        assertThat(widened.text("code")).isEqualTo("INVALID_SIGNATURE");
        assertThat(anonymous.get(path.replace("status=COMPLETED&", "")).status()).isEqualTo(401);
        String receiptUrl = owner.get("/sales/api/sales/" + cash + "/").text("receipt_url");
        String receiptSignature = receiptUrl.substring(receiptUrl.indexOf("signature=") + 10);
        assertThat(anonymous.get(path.replaceAll("signature=[0-9a-f]+", "signature=" + receiptSignature)).status())
                .isEqualTo(401);

        assertThat(owner.post("/sales/api/sales/export_link/", Map.of("date_range", "soon")).status()).isEqualTo(400);
        assertThat(owner.post("/sales/api/sales/export_link/", Map.of("status", Map.of("x", 1))).status())
                .isEqualTo(400);

        step(Duration.ofMinutes(6));
        ApiClient.Response expired = anonymous.get(path);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.text("code")).isEqualTo("INVALID_SIGNATURE");
    }
}
