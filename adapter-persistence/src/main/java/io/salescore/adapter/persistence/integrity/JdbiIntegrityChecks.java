package io.salescore.adapter.persistence.integrity;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.application.ops.port.CheckResult;
import io.salescore.application.ops.port.Repair;
import io.salescore.application.ops.port.out.IntegrityChecks;
import io.salescore.domain.shared.BusinessId;
import org.jdbi.v3.core.statement.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The integrity checks in SQL. Each check is one query (so it sees one snapshot, even while the service writes)
 * that returns one line per offending row; {@code :all OR x.business_id = :b} scopes it to one business.
 * Checks only read: safe to run against a live database. The repairs lock every inventory row in scope first (the
 * domain's lock order) and then fix holds and counters in a few statements of the caller's transaction.
 */
public final class JdbiIntegrityChecks implements IntegrityChecks {

    /** Offending rows listed per check (all of them are counted). */
    public static final int LISTED = 100;

    private static final UUID NONE = new UUID(0, 0);

    /** A rule and the query that lists the rows breaking it, as a text column {@code problem}. */
    private record Check(String name, String rule, String sql) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check("inventory-matches-movements",
                    "storefront inventory quantity = Σ quantity_delta of its stock movements", """
                    SELECT format('business %s storefront %s product %s: quantity %s, its movements sum to %s',
                                  i.business_id, i.storefront_id, i.product_id, i.quantity, coalesce(m.total, 0))
                    FROM storefront_inventory i
                    LEFT JOIN (SELECT business_id, storefront_id, product_id, sum(quantity_delta) AS total
                               FROM stock_movement WHERE :all OR business_id = :b
                               GROUP BY business_id, storefront_id, product_id) m
                           ON m.business_id = i.business_id AND m.storefront_id = i.storefront_id
                          AND m.product_id = i.product_id
                    WHERE (:all OR i.business_id = :b) AND i.quantity <> coalesce(m.total, 0)"""),
            new Check("inventory-not-negative",
                    "no storefront inventory quantity or reserved counter below zero", """
                    SELECT format('business %s storefront %s product %s: quantity %s, reserved %s',
                                  i.business_id, i.storefront_id, i.product_id, i.quantity, i.reserved)
                    FROM storefront_inventory i
                    WHERE (:all OR i.business_id = :b) AND (i.quantity < 0 OR i.reserved < 0)"""),
            new Check("reserved-matches-active-holds",
                    "the reserved counter of an inventory row = Σ quantity of its ACTIVE holds", """
                    SELECT format('business %s storefront %s product %s: reserved %s, ACTIVE holds sum to %s',
                                  i.business_id, i.storefront_id, i.product_id, i.reserved, coalesce(r.total, 0))
                    FROM storefront_inventory i
                    LEFT JOIN (SELECT business_id, storefront_id, product_id, sum(quantity) AS total
                               FROM reservation WHERE status = 'ACTIVE' AND (:all OR business_id = :b)
                               GROUP BY business_id, storefront_id, product_id) r
                           ON r.business_id = i.business_id AND r.storefront_id = i.storefront_id
                          AND r.product_id = i.product_id
                    WHERE (:all OR i.business_id = :b) AND i.reserved <> coalesce(r.total, 0)"""),
            new Check("live-holds-within-inventory",
                    "live holds (and the reserved counter) of a storefront product never exceed its quantity", """
                    SELECT format('business %s storefront %s product %s: quantity %s, live holds %s, reserved %s',
                                  i.business_id, i.storefront_id, i.product_id, i.quantity, coalesce(r.total, 0),
                                  i.reserved)
                    FROM storefront_inventory i
                    LEFT JOIN (SELECT business_id, storefront_id, product_id, sum(quantity) AS total
                               FROM reservation
                               WHERE status = 'ACTIVE' AND expires_at > :now AND (:all OR business_id = :b)
                               GROUP BY business_id, storefront_id, product_id) r
                           ON r.business_id = i.business_id AND r.storefront_id = i.storefront_id
                          AND r.product_id = i.product_id
                    WHERE (:all OR i.business_id = :b)
                      AND (coalesce(r.total, 0) > i.quantity OR i.reserved > i.quantity)"""),
            new Check("active-holds-match-draft-lines",
                    "an ACTIVE hold belongs to a line of a DRAFT sale, for that line's product, quantity and "
                            + "the sale's storefront", """
                    SELECT format('business %s hold %s of sale %s (%s) line %s: %s of product %s in storefront %s; '
                                  || 'the line has %s of product %s, the sale is in storefront %s',
                                  r.business_id, r.id, r.sale_id, s.status, r.sale_item_id, r.quantity, r.product_id,
                                  r.storefront_id, coalesce(li.quantity::text, 'no such line'), li.product_id,
                                  s.storefront_id)
                    FROM reservation r
                    JOIN sale s ON s.business_id = r.business_id AND s.id = r.sale_id
                    LEFT JOIN sale_item li ON li.business_id = r.business_id AND li.id = r.sale_item_id
                                          AND li.sale_id = r.sale_id
                    WHERE r.status = 'ACTIVE' AND (:all OR r.business_id = :b)
                      AND (s.status <> 'DRAFT' OR li.id IS NULL OR li.quantity <> r.quantity
                           OR li.product_id <> r.product_id OR s.storefront_id <> r.storefront_id)"""),
            new Check("sale-stock-committed",
                    "a sale with a receipt number (COMPLETED, PARTIAL, PENDING, REFUNDED, or cancelled after "
                            + "completion) has, per product, Σ line quantities = Σ COMMITTED holds = −Σ SALE "
                            + "movements in its storefront; other sales have neither", """
                    WITH lines AS (
                        SELECT li.business_id, li.sale_id, s.storefront_id, li.product_id, sum(li.quantity) AS q
                        FROM sale_item li JOIN sale s ON s.business_id = li.business_id AND s.id = li.sale_id
                        WHERE (s.status IN ('COMPLETED', 'PARTIAL', 'PENDING', 'REFUNDED')
                               OR s.status = 'CANCELLED' AND s.completed_at IS NOT NULL)
                          AND (:all OR li.business_id = :b)
                        GROUP BY li.business_id, li.sale_id, s.storefront_id, li.product_id
                    ), holds AS (
                        SELECT business_id, sale_id, storefront_id, product_id, sum(quantity) AS q
                        FROM reservation WHERE status = 'COMMITTED' AND (:all OR business_id = :b)
                        GROUP BY business_id, sale_id, storefront_id, product_id
                    ), moves AS (
                        SELECT business_id, coalesce(reference, :none) AS sale_id, storefront_id, product_id,
                               -sum(quantity_delta) AS q
                        FROM stock_movement WHERE kind = 'SALE' AND (:all OR business_id = :b)
                        GROUP BY 1, 2, 3, 4
                    ), keys AS (
                        SELECT business_id, sale_id, storefront_id, product_id FROM lines
                        UNION SELECT business_id, sale_id, storefront_id, product_id FROM holds
                        UNION SELECT business_id, sale_id, storefront_id, product_id FROM moves
                    )
                    SELECT format('business %s sale %s (%s) storefront %s product %s: lines sell %s, '
                                  || 'COMMITTED holds %s, SALE movements take %s',
                                  k.business_id, k.sale_id, coalesce(s.status, 'no such sale'), k.storefront_id,
                                  k.product_id, coalesce(l.q, 0), coalesce(h.q, 0), coalesce(m.q, 0))
                    FROM keys k
                    LEFT JOIN sale s ON s.business_id = k.business_id AND s.id = k.sale_id
                    LEFT JOIN lines l ON l.business_id = k.business_id AND l.sale_id = k.sale_id
                                     AND l.storefront_id = k.storefront_id AND l.product_id = k.product_id
                    LEFT JOIN holds h ON h.business_id = k.business_id AND h.sale_id = k.sale_id
                                     AND h.storefront_id = k.storefront_id AND h.product_id = k.product_id
                    LEFT JOIN moves m ON m.business_id = k.business_id AND m.sale_id = k.sale_id
                                     AND m.storefront_id = k.storefront_id AND m.product_id = k.product_id
                    WHERE coalesce(l.q, 0) <> coalesce(h.q, 0) OR coalesce(l.q, 0) <> coalesce(m.q, 0)"""),
            new Check("sale-line-amounts",
                    "every line's discount, tax and total follow from price × quantity, each step rounded to cents",
                    """
                    WITH gross AS (
                        SELECT li.*, round(li.unit_price * li.quantity, 2) AS e_gross
                        FROM sale_item li WHERE :all OR li.business_id = :b
                    ), discounted AS (
                        SELECT g.*, round(g.e_gross * g.discount_percentage / 100, 2) AS e_discount FROM gross g
                    ), taxed AS (
                        SELECT d.*, round((d.e_gross - d.e_discount) * d.tax_rate / 100, 2) AS e_tax FROM discounted d
                    )
                    SELECT format('business %s sale %s line %s: %s × %s less %s%% plus %s%% tax gives discount %s, '
                                  || 'tax %s, total %s; stored %s, %s, %s',
                                  t.business_id, t.sale_id, t.id, t.quantity, t.unit_price, t.discount_percentage,
                                  t.tax_rate, t.e_discount, t.e_tax, t.e_gross - t.e_discount + t.e_tax,
                                  t.discount_amount, t.tax_amount, t.total_price)
                    FROM taxed t
                    WHERE t.discount_amount <> t.e_discount OR t.tax_amount <> t.e_tax
                       OR t.total_price <> t.e_gross - t.e_discount + t.e_tax"""),
            new Check("sale-totals",
                    "a sale's subtotal, items discount and tax, total, amount paid, amount due and change are what "
                            + "its lines, sale-level amounts, payments and refunds taken off the amount due give", """
                    WITH lines AS (
                        SELECT business_id, sale_id, sum(total_price) AS subtotal, sum(discount_amount) AS discount,
                               sum(tax_amount) AS tax
                        FROM sale_item WHERE :all OR business_id = :b GROUP BY business_id, sale_id
                    ), paid AS (
                        SELECT business_id, sale_id, sum(amount_paid) AS paid
                        FROM payment WHERE :all OR business_id = :b GROUP BY business_id, sale_id
                    ), summed AS (
                        SELECT s.*, coalesce(l.subtotal, 0) AS e_subtotal, coalesce(l.discount, 0) AS e_discount,
                               coalesce(l.tax, 0) AS e_tax, coalesce(p.paid, 0) AS e_paid,
                               greatest(coalesce(l.subtotal, 0) - s.discount_amount, 0) + s.tax_amount AS e_total
                        FROM sale s
                        LEFT JOIN lines l ON l.business_id = s.business_id AND l.sale_id = s.id
                        LEFT JOIN paid p ON p.business_id = s.business_id AND p.sale_id = s.id
                        WHERE :all OR s.business_id = :b
                    ), expected AS (
                        SELECT x.*,
                               CASE WHEN x.status = 'CANCELLED' AND x.receipt_number IS NULL THEN 0
                                    ELSE greatest(x.e_total - x.e_paid, 0) - x.amount_credited END AS e_due,
                               greatest(x.e_paid - x.e_total, 0) AS e_change
                        FROM summed x
                    )
                    SELECT format('business %s sale %s (%s): stored subtotal %s, items discount %s, items tax %s, '
                                  || 'total %s, paid %s, due %s, change %s; its lines and payments give %s, %s, %s, '
                                  || '%s, %s, %s, %s',
                                  e.business_id, e.id, e.status, e.subtotal, e.items_discount_amount,
                                  e.items_tax_amount, e.total_amount, e.amount_paid, e.amount_due, e.change_given,
                                  e.e_subtotal, e.e_discount, e.e_tax, e.e_total, e.e_paid, e.e_due, e.e_change)
                    FROM expected e
                    WHERE e.subtotal <> e.e_subtotal OR e.items_discount_amount <> e.e_discount
                       OR e.items_tax_amount <> e.e_tax OR e.total_amount <> e.e_total OR e.amount_paid <> e.e_paid
                       OR e.amount_due <> e.e_due OR e.change_given <> e.e_change"""),
            new Check("sale-receipts",
                    "COMPLETED, PARTIAL, PENDING and REFUNDED sales have a receipt number and completed_at, a DRAFT "
                            + "has neither, and a CANCELLED sale has them exactly when a refund cancelled it", """
                    SELECT format('business %s sale %s (%s): receipt number %s, completed at %s, cancelling refunds %s',
                                  s.business_id, s.id, s.status, coalesce(s.receipt_number, 'none'),
                                  coalesce(s.completed_at::text, 'never'), c.n)
                    FROM sale s
                    CROSS JOIN LATERAL (SELECT count(*) AS n FROM refund r
                                        WHERE r.business_id = s.business_id AND r.sale_id = s.id AND r.cancels_sale) c
                    WHERE (:all OR s.business_id = :b)
                      AND (CASE WHEN s.status = 'DRAFT' THEN false
                                WHEN s.status = 'CANCELLED' THEN c.n = 1
                                ELSE true END) <> (s.receipt_number IS NOT NULL AND s.completed_at IS NOT NULL)
                       OR (:all OR s.business_id = :b) AND s.status <> 'CANCELLED' AND c.n > 0"""),
            new Check("refund-amounts",
                    "a refund's amount, tax and discount are Σ of its lines; a sale's amount refunded, credited and "
                            + "paid out are Σ of its refunds; a line's refunded quantity is Σ of its refund lines; a "
                            + "REFUNDED sale has every line refunded in full", """
                    WITH rl AS (
                        SELECT business_id, refund_id, sum(amount) AS amount, sum(tax_amount) AS tax,
                               sum(discount_amount) AS discount
                        FROM refund_line WHERE :all OR business_id = :b GROUP BY business_id, refund_id
                    ), by_sale AS (
                        SELECT business_id, sale_id, sum(amount) AS amount, sum(credit_amount) AS credited,
                               sum(paid_out) AS paid_out
                        FROM refund WHERE :all OR business_id = :b GROUP BY business_id, sale_id
                    ), by_line AS (
                        SELECT business_id, sale_item_id, sum(quantity) AS q
                        FROM refund_line WHERE :all OR business_id = :b GROUP BY business_id, sale_item_id
                    )
                    SELECT format('business %s refund %s: amount %s, tax %s, discount %s; its lines give %s, %s, %s',
                                  r.business_id, r.id, r.amount, r.tax_amount, r.discount_amount,
                                  coalesce(rl.amount, 0), coalesce(rl.tax, 0), coalesce(rl.discount, 0))
                    FROM refund r LEFT JOIN rl ON rl.business_id = r.business_id AND rl.refund_id = r.id
                    WHERE (:all OR r.business_id = :b)
                      AND (r.amount <> coalesce(rl.amount, 0) OR r.tax_amount <> coalesce(rl.tax, 0)
                           OR r.discount_amount <> coalesce(rl.discount, 0))
                    UNION ALL
                    SELECT format('business %s sale %s (%s): refunded %s, credited %s, paid out %s; its refunds give '
                                  || '%s, %s, %s', s.business_id, s.id, s.status, s.amount_refunded, s.amount_credited,
                                  s.amount_paid_out, coalesce(x.amount, 0), coalesce(x.credited, 0),
                                  coalesce(x.paid_out, 0))
                    FROM sale s LEFT JOIN by_sale x ON x.business_id = s.business_id AND x.sale_id = s.id
                    WHERE (:all OR s.business_id = :b)
                      AND (s.amount_refunded <> coalesce(x.amount, 0) OR s.amount_credited <> coalesce(x.credited, 0)
                           OR s.amount_paid_out <> coalesce(x.paid_out, 0))
                    UNION ALL
                    SELECT format('business %s sale %s (%s) line %s: quantity %s, refunded %s; its refund lines give %s',
                                  li.business_id, li.sale_id, s.status, li.id, li.quantity, li.refunded_quantity,
                                  coalesce(y.q, 0))
                    FROM sale_item li
                    JOIN sale s ON s.business_id = li.business_id AND s.id = li.sale_id
                    LEFT JOIN by_line y ON y.business_id = li.business_id AND y.sale_item_id = li.id
                    WHERE (:all OR li.business_id = :b)
                      AND (li.refunded_quantity <> coalesce(y.q, 0)
                           OR (s.status = 'REFUNDED' AND li.refunded_quantity <> li.quantity))"""),
            new Check("refund-restock",
                    "per refund and product, Σ restocked refund line quantities = Σ RETURN movements of that refund",
                    """
                    WITH back AS (
                        SELECT l.business_id, l.refund_id, l.product_id, sum(l.quantity) AS q
                        FROM refund_line l WHERE l.restock AND (:all OR l.business_id = :b)
                        GROUP BY 1, 2, 3
                    ), moves AS (
                        SELECT business_id, reference AS refund_id, product_id, sum(quantity_delta) AS q
                        FROM stock_movement WHERE kind = 'RETURN' AND (:all OR business_id = :b)
                        GROUP BY 1, 2, 3
                    )
                    SELECT format('business %s refund %s product %s: restocked lines %s, RETURN movements %s',
                                  coalesce(b.business_id, m.business_id), coalesce(b.refund_id, m.refund_id),
                                  coalesce(b.product_id, m.product_id), coalesce(b.q, 0), coalesce(m.q, 0))
                    FROM back b
                    FULL JOIN moves m ON m.business_id = b.business_id AND m.refund_id = b.refund_id
                                     AND m.product_id = b.product_id
                    WHERE coalesce(b.q, 0) <> coalesce(m.q, 0)"""),
            new Check("credit-ledger",
                    "a customer's last account ledger entry's balance_after = their outstanding balance", """
                    SELECT format('business %s customer %s (%s): outstanding balance %s, ledger ends at %s',
                                  c.business_id, c.id, c.name, c.outstanding_balance,
                                  coalesce(l.balance_after::text, 'no entries'))
                    FROM customer c
                    LEFT JOIN LATERAL (SELECT t.balance_after FROM credit_transaction t
                                       WHERE t.business_id = c.business_id AND t.customer_id = c.id
                                       ORDER BY t.seq DESC LIMIT 1) l ON true
                    WHERE (:all OR c.business_id = :b) AND c.outstanding_balance <> coalesce(l.balance_after, 0)"""),
            new Check("customer-balances",
                    "a customer's outstanding balance = Σ amount due of its PARTIAL and PENDING sales", """
                    SELECT format('business %s customer %s (%s): outstanding balance %s, unpaid sales owe %s',
                                  c.business_id, c.id, c.name, c.outstanding_balance, coalesce(d.due, 0))
                    FROM customer c
                    LEFT JOIN (SELECT business_id, customer_id, sum(amount_due) AS due FROM sale
                               WHERE status IN ('PARTIAL', 'PENDING') AND (:all OR business_id = :b)
                               GROUP BY business_id, customer_id) d
                           ON d.business_id = c.business_id AND d.customer_id = c.id
                    WHERE (:all OR c.business_id = :b) AND c.outstanding_balance <> coalesce(d.due, 0)"""),
            new Check("batch-remaining",
                    "a batch's remaining quantity = its quantity − Σ quantity transferred from it", """
                    SELECT format('business %s batch %s: quantity %s, remaining %s, transferred %s',
                                  b.business_id, b.id, b.quantity, b.remaining_quantity, coalesce(t.q, 0))
                    FROM stock_product b
                    LEFT JOIN (SELECT business_id, stock_product_id, sum(quantity) AS q FROM stock_transfer
                               WHERE :all OR business_id = :b GROUP BY business_id, stock_product_id) t
                           ON t.business_id = b.business_id AND t.stock_product_id = b.id
                    WHERE (:all OR b.business_id = :b) AND b.remaining_quantity <> b.quantity - coalesce(t.q, 0)"""),
            new Check("session-expected-cash",
                    "a closed till session's expected cash = float + Σ CASH taken − Σ change given − Σ CASH paid out "
                            + "by refunds + Σ pay-ins − Σ pay-outs attributed to it (cash rounding applied), its Z "
                            + "figures are what is attributed to it, and difference = counted − expected", """
                    SELECT format('business %s session %s: expected cash %s, attributed give %s (cash %s, change %s, '
                                  || 'refunded %s, in %s, out %s; Z lists cash %s, refunded %s), counted %s, '
                                  || 'difference %s',
                                  ts.business_id, ts.id, ts.expected_cash, e.expected, e.cash, e.change, e.refunded,
                                  e.pay_in, e.pay_out, e.z_cash, e.z_refunded, ts.counted_cash, ts.difference)
                    FROM till_session ts
                    JOIN business bz ON bz.id = ts.business_id
                    CROSS JOIN LATERAL (
                        SELECT c.cash, c.change, c.refunded, c.pay_in, c.pay_out,
                               coalesce((ts.z_figures -> 'taken' ->> 'CASH')::numeric, 0) AS z_cash,
                               coalesce((ts.z_figures -> 'refunded' ->> 'CASH')::numeric, 0) AS z_refunded,
                               round((ts.opening_float + c.cash - c.change - c.refunded + c.pay_in - c.pay_out)
                                     / bz.cash_rounding) * bz.cash_rounding AS expected
                        FROM (SELECT
                                (SELECT coalesce(sum(p.amount_paid), 0) FROM payment p WHERE p.business_id = ts.business_id
                                   AND p.session_id = ts.id AND p.payment_method = 'CASH') AS cash,
                                (SELECT coalesce(sum(s.change_given), 0) FROM sale s WHERE s.business_id = ts.business_id
                                   AND s.session_id = ts.id) AS change,
                                (SELECT coalesce(sum(r.paid_out - r.account_amount), 0) FROM refund r
                                 WHERE r.business_id = ts.business_id AND r.session_id = ts.id
                                   AND r.payout_method = 'CASH') AS refunded,
                                (SELECT coalesce(sum(m.amount), 0) FROM cash_movement m WHERE m.business_id = ts.business_id
                                   AND m.session_id = ts.id AND m.kind = 'PAY_IN') AS pay_in,
                                (SELECT coalesce(sum(m.amount), 0) FROM cash_movement m WHERE m.business_id = ts.business_id
                                   AND m.session_id = ts.id AND m.kind = 'PAY_OUT') AS pay_out) c) e
                    WHERE (:all OR ts.business_id = :b) AND ts.status = 'CLOSED'
                      AND (ts.expected_cash <> e.expected OR e.z_cash <> e.cash OR e.z_refunded <> e.refunded
                           OR ts.difference <> ts.counted_cash - ts.expected_cash)"""));

    private final JdbiUnitOfWork tx;

    public JdbiIntegrityChecks(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    /** The names of the checks, in the order they run. */
    public static List<String> names() {
        return CHECKS.stream().map(Check::name).toList();
    }

    @Override
    public List<CheckResult> run(BusinessId business, Instant now) {
        List<CheckResult> results = new ArrayList<>();
        for (Check check : CHECKS) {
            results.add(run(check, business, now));
        }
        return results;
    }

    /** The repairs, in order; each returns {@code business_id, kind, description} per change. */
    private static final List<String> REPAIRS = List.of(
            // Holds of a completed sale whose SALE movements prove it: the line's newest hold becomes COMMITTED.
            """
            WITH lines AS (
                SELECT li.business_id, li.sale_id, li.product_id, sum(li.quantity) AS q
                FROM sale_item li JOIN sale s ON s.business_id = li.business_id AND s.id = li.sale_id
                WHERE s.status IN ('COMPLETED', 'PARTIAL', 'PENDING') AND (:all OR li.business_id = :b)
                GROUP BY 1, 2, 3
            ), moves AS (
                SELECT business_id, reference AS sale_id, product_id, -sum(quantity_delta) AS q
                FROM stock_movement WHERE kind = 'SALE' AND reference IS NOT NULL AND (:all OR business_id = :b)
                GROUP BY 1, 2, 3
            ), proven AS (
                SELECT l.business_id, l.sale_id FROM lines l
                LEFT JOIN moves m ON m.business_id = l.business_id AND m.sale_id = l.sale_id
                                 AND m.product_id = l.product_id
                GROUP BY l.business_id, l.sale_id
                HAVING bool_and(m.q IS NOT NULL AND m.q = l.q)
            ), dangling AS (
                SELECT DISTINCT ON (r.business_id, r.sale_item_id) r.business_id, r.id, r.sale_id, r.sale_item_id,
                       r.status AS was, li.quantity AS line_quantity, s.completed_at
                FROM proven p
                JOIN sale s ON s.business_id = p.business_id AND s.id = p.sale_id
                JOIN sale_item li ON li.business_id = p.business_id AND li.sale_id = p.sale_id
                JOIN reservation r ON r.business_id = li.business_id AND r.sale_item_id = li.id
                WHERE NOT EXISTS (SELECT 1 FROM reservation c WHERE c.business_id = li.business_id
                                    AND c.sale_item_id = li.id AND c.status = 'COMMITTED')
                ORDER BY r.business_id, r.sale_item_id, r.created_at DESC, r.id DESC
            )
            UPDATE reservation r SET status = 'COMMITTED', quantity = d.line_quantity,
                                     released_at = coalesce(d.completed_at, :now), release_reason = NULL
            FROM dangling d WHERE r.business_id = d.business_id AND r.id = d.id
            RETURNING d.business_id, 'hold-committed',
                      format('sale %s line %s: hold %s was %s, now COMMITTED for %s (its SALE movements prove the sale)',
                             d.sale_id, d.sale_item_id, d.id, d.was, d.line_quantity)""",
            // ACTIVE holds beyond a stock's quantity: the newest are released until the rest fit.
            """
            WITH ranked AS (
                SELECT r.business_id, r.id, r.sale_id, r.storefront_id, r.product_id, r.quantity,
                       i.quantity AS stock,
                       sum(r.quantity) OVER (PARTITION BY r.business_id, r.storefront_id, r.product_id
                                             ORDER BY r.created_at, r.id) AS running
                FROM reservation r
                JOIN storefront_inventory i ON i.business_id = r.business_id AND i.storefront_id = r.storefront_id
                                           AND i.product_id = r.product_id
                WHERE r.status = 'ACTIVE' AND (:all OR r.business_id = :b)
            )
            UPDATE reservation r SET status = 'RELEASED', released_at = :now, release_reason = 'INTEGRITY_REPAIR'
            FROM ranked x WHERE r.business_id = x.business_id AND r.id = x.id AND x.running > x.stock
            RETURNING x.business_id, 'hold-released',
                      format('storefront %s product %s: hold %s of sale %s (%s) released, ACTIVE holds exceeded the quantity %s',
                             x.storefront_id, x.product_id, x.id, x.sale_id, x.quantity, x.stock)""",
            // Every reserved counter = Σ its ACTIVE holds.
            """
            WITH held AS (
                SELECT business_id, storefront_id, product_id, sum(quantity) AS q FROM reservation
                WHERE status = 'ACTIVE' AND (:all OR business_id = :b) GROUP BY 1, 2, 3
            ), fix AS (
                SELECT i.business_id, i.storefront_id, i.product_id, i.reserved AS was, coalesce(h.q, 0) AS q
                FROM storefront_inventory i
                LEFT JOIN held h ON h.business_id = i.business_id AND h.storefront_id = i.storefront_id
                                AND h.product_id = i.product_id
                WHERE (:all OR i.business_id = :b) AND i.reserved <> coalesce(h.q, 0)
            )
            UPDATE storefront_inventory i SET reserved = fix.q, updated_at = :now
            FROM fix WHERE i.business_id = fix.business_id AND i.storefront_id = fix.storefront_id
                       AND i.product_id = fix.product_id
            RETURNING fix.business_id, 'reserved-recomputed',
                      format('storefront %s product %s: reserved %s, now %s (the sum of its ACTIVE holds)',
                             fix.storefront_id, fix.product_id, fix.was, fix.q)""");

    @Override
    public List<Repair> repair(BusinessId business, Instant now) {
        // Lock order: every inventory row in scope first, sorted, so holds and counters cannot move meanwhile.
        tx.handle().createQuery("""
                        SELECT count(*) FROM (SELECT 1 FROM storefront_inventory WHERE :all OR business_id = :b
                                              ORDER BY business_id, storefront_id, product_id FOR UPDATE) locked""")
                .bind("all", business == null)
                .bind("b", business == null ? NONE : business.value())
                .mapTo(Long.class).one();
        List<Repair> done = new ArrayList<>();
        for (String sql : REPAIRS) {
            done.addAll(tx.handle().createQuery(sql)
                    .bind("all", business == null)
                    .bind("b", business == null ? NONE : business.value())
                    .bind("now", now)
                    .map((rs, ctx) -> new Repair(BusinessId.of(rs.getObject(1, UUID.class)), rs.getString(2),
                            rs.getString(3)))
                    .list());
        }
        return done;
    }

    private CheckResult run(Check check, BusinessId business, Instant now) {
        Query query = tx.handle().createQuery("SELECT found.problem, count(*) OVER () AS total FROM ("
                        + check.sql() + ") AS found (problem) ORDER BY found.problem LIMIT " + LISTED)
                .bind("all", business == null)
                .bind("b", business == null ? NONE : business.value());
        if (check.sql().contains(":now")) {
            query.bind("now", now);
        }
        if (check.sql().contains(":none")) {
            query.bind("none", NONE);
        }
        long[] total = {0};
        List<String> problems = query.map((rs, ctx) -> {
            total[0] = rs.getLong("total");
            return rs.getString("problem");
        }).list();
        return new CheckResult(check.name(), check.rule(), total[0], problems);
    }
}
