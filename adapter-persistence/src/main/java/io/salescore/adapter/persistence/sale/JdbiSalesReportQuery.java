package io.salescore.adapter.persistence.sale;

import io.salescore.application.sale.port.TopCustomer;
import io.salescore.application.sale.port.Day;
import io.salescore.application.sale.port.Bucket;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.application.sale.port.out.SaleFilter;
import io.salescore.application.sale.port.out.SalesReportQuery;
import io.salescore.domain.sale.SaleStatus;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The report figures in PostgreSQL: each answer is one aggregate statement over the filter's sales (with a receipt
 * number, by {@code completed_at}) and the refunds of those sales made in the period (by {@code r.created_at}).
 */
public final class JdbiSalesReportQuery implements SalesReportQuery {

    private static final Set<String> COLUMNS = Set.of("status", "payment_type", "type");

    private final JdbiUnitOfWork tx;

    public JdbiSalesReportQuery(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    /** {@code s} (the filter's sales) and {@code r} (the refunds of matching sales made in the period). */
    private static String ctes(SaleCriteriaSql sales, SaleCriteriaSql refunds) {
        return "WITH s AS MATERIALIZED (SELECT s.*" + SaleCriteriaSql.FROM + " WHERE " + sales.where + "),\n"
                + "r AS MATERIALIZED (SELECT r.* FROM refund r JOIN sale s ON s.business_id = r.business_id"
                + " AND s.id = r.sale_id JOIN customer c ON c.business_id = s.business_id AND c.id = s.customer_id"
                + " WHERE r.business_id = :b AND " + refunds.where + ")\n";
    }

    @Override
    public SummaryFigures summary(SaleFilter filter) {
        SaleCriteriaSql sales = SaleCriteriaSql.of(filter, "s.completed_at", true);
        SaleCriteriaSql refunds = SaleCriteriaSql.of(filter, "r.created_at", true);
        String sql = ctes(sales, refunds) + """
                , agg AS (SELECT count(*) AS n, count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
                                 coalesce(sum(total_amount), 0) AS total,
                                 coalesce(sum(items_tax_amount + tax_amount), 0) AS tax,
                                 coalesce(sum(items_discount_amount + discount_amount), 0) AS discounts,
                                 coalesce(sum(amount_due) FILTER (WHERE status IN ('PARTIAL', 'PENDING')), 0) AS outstanding,
                                 coalesce(sum(total_amount) FILTER (WHERE credit_at_completion > 0), 0) AS credit_sales,
                                 coalesce(sum(amount_due) FILTER (WHERE credit_at_completion > 0), 0) AS receivable,
                                 count(*) FILTER (WHERE credit_at_completion > 0
                                                  AND status IN ('PARTIAL', 'PENDING')) AS unpaid_credit,
                                 coalesce(sum(amount_paid - change_given), 0) AS kept,
                                 coalesce(sum(change_given), 0) AS change
                          FROM s),
                  pay AS (SELECT coalesce(sum(p.amount_paid) FILTER (WHERE p.payment_method = 'CASH'), 0) AS cash_in,
                                 coalesce(sum(p.amount_paid) FILTER (WHERE p.payment_method = 'CARD'), 0) AS card_in,
                                 coalesce(sum(p.amount_paid) FILTER (WHERE p.payment_method = 'MOBILE'), 0) AS mobile_in
                          FROM payment p JOIN s ON p.business_id = s.business_id AND p.sale_id = s.id),
                  cost AS (SELECT coalesce(sum(l.quantity * coalesce(l.unit_cost, 0)), 0) AS cogs
                           FROM sale_item l JOIN s ON l.business_id = s.business_id AND l.sale_id = s.id),
                  ref AS (SELECT coalesce(sum(amount), 0) AS refunds, coalesce(sum(tax_amount), 0) AS refund_tax,
                                 coalesce(sum(paid_out), 0) AS paid_out,
                                 coalesce(sum(paid_out - account_amount) FILTER (WHERE payout_method = 'CASH'), 0) AS cash_out,
                                 coalesce(sum(paid_out - account_amount) FILTER (WHERE payout_method = 'CARD'), 0) AS card_out,
                                 coalesce(sum(paid_out - account_amount) FILTER (WHERE payout_method = 'MOBILE'), 0) AS mobile_out
                          FROM r),
                  back AS (SELECT coalesce(sum(rl.quantity * coalesce(rl.unit_cost, 0)), 0) AS restocked
                           FROM refund_line rl JOIN r ON rl.business_id = r.business_id AND rl.refund_id = r.id
                           WHERE rl.restock),
                  sale_cost AS (SELECT l.sale_id, sum(l.quantity * coalesce(l.unit_cost, 0)) AS cogs
                                FROM sale_item l JOIN s ON l.business_id = s.business_id AND l.sale_id = s.id
                                GROUP BY l.sale_id),
                  sale_ref AS (SELECT x.sale_id, sum(x.tax_amount) AS tax,
                                      sum((SELECT coalesce(sum(rl.quantity * coalesce(rl.unit_cost, 0)), 0)
                                           FROM refund_line rl
                                           WHERE rl.business_id = x.business_id AND rl.refund_id = x.id
                                             AND rl.restock)) AS restocked
                               FROM refund x JOIN s ON x.business_id = s.business_id AND x.sale_id = s.id
                               GROUP BY x.sale_id),
                  realised AS (SELECT coalesce(sum(
                                   (s.total_amount - s.items_tax_amount - s.tax_amount
                                    - (s.amount_refunded - coalesce(sr.tax, 0))
                                    - (coalesce(sc.cogs, 0) - coalesce(sr.restocked, 0)))
                                   * CASE WHEN s.total_amount - s.amount_refunded > 0
                                          THEN (s.amount_paid - s.change_given - s.amount_paid_out)
                                               / (s.total_amount - s.amount_refunded)
                                          ELSE 0 END), 0) AS cash_on_hand
                               FROM s LEFT JOIN sale_cost sc ON sc.sale_id = s.id
                                      LEFT JOIN sale_ref sr ON sr.sale_id = s.id)
                SELECT * FROM agg, pay, cost, ref, back, realised""";
        return refunds.bind(sales.bind(tx.handle().createQuery(sql)))
                .map((rs, ctx) -> new SummaryFigures(rs.getLong("n"), rs.getLong("completed"),
                        rs.getBigDecimal("total"), rs.getBigDecimal("tax"), rs.getBigDecimal("discounts"),
                        rs.getBigDecimal("outstanding"), rs.getBigDecimal("credit_sales"),
                        rs.getBigDecimal("receivable"), rs.getLong("unpaid_credit"), rs.getBigDecimal("kept"),
                        rs.getBigDecimal("cash_in"), rs.getBigDecimal("card_in"), rs.getBigDecimal("mobile_in"),
                        rs.getBigDecimal("change"), rs.getBigDecimal("cogs"), rs.getBigDecimal("refunds"),
                        rs.getBigDecimal("refund_tax"), rs.getBigDecimal("paid_out"), rs.getBigDecimal("cash_out"),
                        rs.getBigDecimal("card_out"), rs.getBigDecimal("mobile_out"), rs.getBigDecimal("restocked"),
                        rs.getBigDecimal("cash_on_hand")))
                .one();
    }

    @Override
    public List<Bucket> breakdown(SaleFilter filter, String column, boolean byTotal) {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException("No breakdown by " + column);
        }
        SaleCriteriaSql sales = SaleCriteriaSql.of(filter, "s.completed_at", true);
        String order = byTotal ? "total DESC, count DESC" : "count DESC, total DESC";
        return sales.bind(tx.handle().createQuery("SELECT s." + column + " AS key, count(*) AS count,"
                        + " sum(s.total_amount) AS total" + SaleCriteriaSql.FROM + " WHERE " + sales.where
                        + " GROUP BY s." + column + " ORDER BY " + order + ", key"))
                .map((rs, ctx) -> new Bucket(rs.getString("key"), rs.getLong("count"), rs.getBigDecimal("total")))
                .list();
    }

    @Override
    public List<Day> dailyTrend(SaleFilter filter, ZoneId zone) {
        SaleCriteriaSql sales = SaleCriteriaSql.of(filter, "s.completed_at", true);
        return sales.bind(tx.handle().createQuery("SELECT (s.completed_at AT TIME ZONE :zone)::date AS day,"
                        + " sum(s.total_amount) AS sales, count(*) AS n" + SaleCriteriaSql.FROM + " WHERE "
                        + sales.where + " GROUP BY 1 ORDER BY 1"))
                .bind("zone", zone.getId())
                .map((rs, ctx) -> new Day(rs.getObject("day", java.time.LocalDate.class), rs.getBigDecimal("sales"),
                        rs.getLong("n")))
                .list();
    }

    @Override
    public List<TopCustomer> topCustomers(SaleFilter filter, int limit) {
        SaleCriteriaSql sales = SaleCriteriaSql.of(filter, "s.completed_at", true);
        return sales.bind(tx.handle().createQuery("SELECT c.id, c.name, sum(s.total_amount) AS spent, count(*) AS n"
                        + SaleCriteriaSql.FROM + " WHERE " + sales.where + " AND NOT c.is_walk_in"
                        + " GROUP BY c.id, c.name ORDER BY spent DESC, lower(c.name), c.id LIMIT :limit"))
                .bind("limit", limit)
                .map((rs, ctx) -> new TopCustomer(Rows.uuid(rs, "id"), rs.getString("name"),
                        rs.getBigDecimal("spent"), rs.getLong("n")))
                .list();
    }

    @Override
    public DayFigures day(SaleFilter filter, List<SaleStatus> statuses) {
        SaleCriteriaSql sales = SaleCriteriaSql.of(filter, "s.completed_at", true);
        SaleCriteriaSql refunds = SaleCriteriaSql.of(filter, "r.created_at", true);
        String sql = ctes(sales, refunds) + """
                SELECT count(*) FILTER (WHERE status = ANY(:wanted)) AS n,
                       coalesce(sum(total_amount) FILTER (WHERE status = ANY(:wanted)), 0) AS total,
                       coalesce(sum(total_amount) FILTER (WHERE status = ANY(:wanted)
                                                          AND credit_at_completion > 0), 0) AS credit_total,
                       coalesce(sum(amount_paid - change_given), 0) AS kept,
                       coalesce(sum(amount_due) FILTER (WHERE credit_at_completion > 0
                                                        AND status IN ('PARTIAL', 'PENDING')), 0) AS receivable,
                       count(*) FILTER (WHERE status = 'PARTIAL') AS partial,
                       count(*) FILTER (WHERE status = 'PENDING') AS pending,
                       coalesce(sum(amount_paid - change_given - amount_paid_out)
                                FILTER (WHERE credit_at_completion > 0), 0) AS credit_paid,
                       (SELECT coalesce(sum(paid_out), 0) FROM r) AS paid_out
                FROM s""";
        return refunds.bind(sales.bind(tx.handle().createQuery(sql)))
                .bind("wanted", statuses.stream().map(Enum::name).toArray(String[]::new))
                .map((rs, ctx) -> new DayFigures(rs.getLong("n"), rs.getBigDecimal("total"),
                        rs.getBigDecimal("credit_total"), rs.getBigDecimal("kept"), rs.getBigDecimal("receivable"),
                        rs.getLong("partial"), rs.getLong("pending"), rs.getBigDecimal("credit_paid"),
                        rs.getBigDecimal("paid_out")))
                .one();
    }
}
