package io.salescore.adapter.persistence.refund;

import io.salescore.application.sale.port.Note;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.adapter.persistence.common.SqlWhere;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.refund.port.out.RefundRepository;
import io.salescore.application.sale.port.out.RefundNotes;
import io.salescore.application.refund.port.RefundView;
import io.salescore.domain.sale.refund.RefundPlan;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import org.jdbi.v3.core.statement.Query;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Refunds in PostgreSQL. {@link #record} is one statement: the refund number from its counter, the refund and its
 * lines, the lines' refunded quantities (a CHECK keeps them within what was sold, whatever runs at once) and the
 * sale's header; the till session is the one named (it must be OPEN at the storefront) or the caller's own OPEN
 * one, taken FOR SHARE so it serialises with a close.
 */
public final class JdbiRefundRepository implements RefundRepository {

    private final JdbiUnitOfWork tx;

    public JdbiRefundRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public Map<PaymentMethod, Money> paidOutByMethod(BusinessId business, SaleId sale) {
        Map<PaymentMethod, Money> result = new EnumMap<>(PaymentMethod.class);
        tx.handle().createQuery("""
                        SELECT payout_method, sum(paid_out - account_amount) AS paid FROM refund
                        WHERE business_id = :b AND sale_id = :sale AND payout_method IS NOT NULL
                        GROUP BY payout_method""")
                .bind("b", business).bind("sale", sale)
                .reduceResultSet(result, (map, rs, ctx) -> {
                    map.put(PaymentMethod.valueOf(rs.getString("payout_method")), new Money(rs.getBigDecimal("paid")));
                    return map;
                });
        return result;
    }

    @Override
    public void restock(BusinessId business, StorefrontId storefront, UUID refund, List<Restock> restocks, UserId user,
                        Instant at) {
        int rows = tx.handle().createUpdate("""
                        WITH back AS (
                            SELECT * FROM unnest(:products, :quantities, :movements) AS t(product_id, quantity, movement_id)
                        ), locked AS MATERIALIZED (
                            SELECT i.product_id FROM storefront_inventory i
                            WHERE i.business_id = :b AND i.storefront_id = :s AND i.product_id IN (SELECT product_id FROM back)
                            ORDER BY i.product_id
                            FOR UPDATE
                        ), inv AS (
                            UPDATE storefront_inventory i SET quantity = i.quantity + back.quantity, updated_at = :at
                            FROM back
                            WHERE i.business_id = :b AND i.storefront_id = :s AND i.product_id = back.product_id
                              AND (SELECT count(*) FROM locked) > 0
                            RETURNING i.product_id
                        )
                        INSERT INTO stock_movement (business_id, id, storefront_id, product_id, kind, quantity_delta,
                                                    reference, user_id, created_at)
                        SELECT :b, back.movement_id, :s, back.product_id, 'RETURN', back.quantity, :refund, :user, :at
                        FROM back JOIN inv ON inv.product_id = back.product_id""")
                .bind("b", business)
                .bind("s", storefront)
                .bind("products", restocks.stream().map(r -> r.product().value()).toArray(UUID[]::new))
                .bind("quantities", restocks.stream().map(Restock::quantity).toArray(BigDecimal[]::new))
                .bind("movements", restocks.stream().map(Restock::movementId).toArray(UUID[]::new))
                .bind("refund", refund)
                .bind("user", user)
                .bind("at", at)
                .execute();
        if (rows != restocks.size()) {
            throw new IllegalStateException("The sale's storefront has no inventory row for a restocked product");
        }
    }

    @Override
    public Optional<Recorded> record(NewRefund r) {
        Sale sale = r.sale();
        List<RefundPlan.PlannedLine> lines = r.plan().lines();
        return tx.handle().createQuery("""
                        WITH sess AS (
                            SELECT ts.id, ts.user_id FROM till_session ts
                            WHERE ts.business_id = :b AND ts.storefront_id = :s AND ts.status = 'OPEN'
                              AND (CASE WHEN CAST(:named AS uuid) IS NULL THEN ts.user_id = :user
                                        ELSE ts.id = CAST(:named AS uuid) END)
                            FOR SHARE
                        ), ok AS (
                            SELECT 1 WHERE CAST(:named AS uuid) IS NULL OR EXISTS (SELECT 1 FROM sess)
                        ), counter AS (
                            INSERT INTO refund_counter (business_id, storefront_code, day, last_value)
                            SELECT :b, :code, CAST(timezone(b.timezone, CAST(:at AS timestamptz)) AS date), 1
                            FROM business b WHERE b.id = :b AND EXISTS (SELECT 1 FROM ok)
                            ON CONFLICT (business_id, storefront_code, day)
                            DO UPDATE SET last_value = refund_counter.last_value + 1
                            RETURNING day, last_value
                        ), refund_row AS (
                            INSERT INTO refund (business_id, id, sale_id, storefront_id, refund_number, refund_type,
                                                reason, amount, tax_amount, discount_amount, credit_amount,
                                                account_amount, paid_out, refund_method, payout_method,
                                                original_tender, session_id, cancels_sale, user_id, created_at)
                            SELECT :b, :id, :sale, :s,
                                   :code || '-R' || to_char(counter.day, 'YYYYMMDD') || '-'
                                       || lpad(counter.last_value::text, greatest(4, length(counter.last_value::text)), '0'),
                                   :type, :reason, :amount, :tax, :discount, :credit, :account, :paidOut, :method,
                                   :payout, :tender, (SELECT id FROM sess), :cancel, :user, :at
                            FROM counter
                            RETURNING refund_number, session_id
                        ), line_rows AS (
                            INSERT INTO refund_line (business_id, id, refund_id, sale_item_id, product_id, product_name,
                                                     quantity, amount, tax_amount, discount_amount, restock, reason,
                                                     unit_cost, position)
                            SELECT :b, v.id, :id, v.item, l.product_id, l.product_name, v.quantity, v.amount, v.tax,
                                   v.discount, v.restock, v.reason, l.unit_cost, v.ord
                            FROM unnest(:lineIds, :items, :quantities, :amounts, :taxes, :discounts, :restocks, :reasons)
                                 WITH ORDINALITY AS v(id, item, quantity, amount, tax, discount, restock, reason, ord)
                            JOIN sale_item l ON l.business_id = :b AND l.sale_id = :sale AND l.id = v.item
                            WHERE EXISTS (SELECT 1 FROM refund_row)
                            RETURNING 1
                        ), items AS (
                            UPDATE sale_item l SET refunded_quantity = l.refunded_quantity + v.quantity
                            FROM unnest(:items, :quantities) AS v(item, quantity)
                            WHERE l.business_id = :b AND l.sale_id = :sale AND l.id = v.item
                              AND EXISTS (SELECT 1 FROM refund_row)
                            RETURNING 1
                        ), header AS (
                            UPDATE sale SET status = :status, amount_due = :due, amount_refunded = :refunded,
                                   amount_credited = :credited, amount_paid_out = :paidOutTotal, version = :version,
                                   updated_at = :at
                            WHERE business_id = :b AND id = :sale AND EXISTS (SELECT 1 FROM refund_row)
                            RETURNING 1
                        )
                        SELECT refund_number, session_id, (SELECT user_id FROM sess) AS session_user,
                               (SELECT count(*) FROM line_rows) AS line_count,
                               (SELECT count(*) FROM items) AS item_count,
                               (SELECT count(*) FROM header) AS header_count
                        FROM refund_row""")
                .bind("b", sale.businessId())
                .bind("s", sale.storefrontId())
                .bind("named", r.namedSession().orElse(null))
                .bind("user", r.user())
                .bind("code", r.storefrontCode())
                .bind("at", r.at())
                .bind("id", r.id())
                .bind("sale", sale.id())
                .bind("type", r.full() ? "FULL" : "PARTIAL")
                .bind("reason", r.reason())
                .bind("amount", r.plan().amount().amount())
                .bind("tax", r.plan().tax().amount())
                .bind("discount", r.plan().discount().amount())
                .bind("credit", r.split().credit().amount())
                .bind("account", r.split().account().amount())
                .bind("paidOut", r.split().paidOut().amount())
                .bind("method", r.split().method().name())
                .bind("payout", r.split().payoutMethod() == null ? null : r.split().payoutMethod().name())
                .bind("tender", r.originalTender())
                .bind("cancel", r.cancel())
                .bind("lineIds", r.lineIds().toArray(UUID[]::new))
                .bind("items", lines.stream().map(l -> l.saleItem().value()).toArray(UUID[]::new))
                .bind("quantities", lines.stream().map(l -> l.quantity().value()).toArray(BigDecimal[]::new))
                .bind("amounts", lines.stream().map(l -> l.money().amount().amount()).toArray(BigDecimal[]::new))
                .bind("taxes", lines.stream().map(l -> l.money().tax().amount()).toArray(BigDecimal[]::new))
                .bind("discounts", lines.stream().map(l -> l.money().discount().amount()).toArray(BigDecimal[]::new))
                .bind("restocks", lines.stream().map(RefundPlan.PlannedLine::restock).toArray(Boolean[]::new))
                .bind("reasons", lines.stream().map(l -> l.reason() == null ? "" : l.reason().strip())
                        .toArray(String[]::new))
                .bind("status", sale.status().name())
                .bind("due", sale.amountDue().amount())
                .bind("refunded", sale.amountRefunded().amount())
                .bind("credited", sale.amountCredited().amount())
                .bind("paidOutTotal", sale.amountPaidOut().amount())
                .bind("version", sale.version())
                .map((rs, ctx) -> {
                    if (rs.getInt("line_count") != lines.size() || rs.getInt("item_count") != lines.size()
                            || rs.getInt("header_count") != 1) {
                        throw new IllegalStateException("A refund was written incompletely; rolled back");
                    }
                    return new Recorded(rs.getString("refund_number"), Rows.uuid(rs, "session_id"),
                            Rows.uuid(rs, "session_user"));
                })
                .findOne();
    }

    @Override
    public void settleOtherSales(BusinessId business, CustomerId customer, SaleId except, Money amount,
                                 String reference, UserId user, Instant at) {
        // The other open sales locked in id order (as every sale lock), then settled oldest first.
        BigDecimal settled = tx.handle().createQuery("""
                        WITH locked AS MATERIALIZED (
                            SELECT id, amount_due, completed_at FROM sale
                            WHERE business_id = :b AND customer_id = :c AND id <> :except
                              AND status IN ('PARTIAL', 'PENDING') AND amount_due > 0
                            ORDER BY id FOR UPDATE
                        ), alloc AS (
                            SELECT id, LEAST(amount_due, GREATEST(0, :amount - (sum(amount_due)
                                       OVER (ORDER BY completed_at, id) - amount_due))) AS x
                            FROM locked
                        ), pay AS (
                            INSERT INTO payment (business_id, id, sale_id, amount_paid, payment_method, reference,
                                                 processed_by, created_at)
                            SELECT :b, gen_random_uuid(), id, x, 'OTHER', :ref, :user, :at FROM alloc WHERE x > 0
                            RETURNING amount_paid
                        ), upd AS (
                            UPDATE sale s SET amount_paid = s.amount_paid + a.x, amount_due = s.amount_due - a.x,
                                   status = CASE WHEN s.amount_due - a.x = 0 THEN 'COMPLETED' ELSE 'PARTIAL' END,
                                   version = s.version + 1, updated_at = :at
                            FROM alloc a WHERE s.business_id = :b AND s.id = a.id AND a.x > 0
                            RETURNING 1
                        )
                        SELECT coalesce((SELECT sum(amount_paid) FROM pay), 0) + 0 * (SELECT count(*) FROM upd)""")
                .bind("b", business)
                .bind("c", customer)
                .bind("except", except)
                .bind("amount", amount.amount())
                .bind("ref", reference)
                .bind("user", user)
                .bind("at", at)
                .mapTo(BigDecimal.class).one();
        if (settled.compareTo(amount.amount()) != 0) {
            throw new IllegalStateException("The customer's other sales owe less than the account refund");
        }
    }

    private static final String SELECT = """
            SELECT r.*, s.receipt_number, st.name AS storefront_name, u.name AS user_name
            FROM refund r
            JOIN sale s ON s.business_id = r.business_id AND s.id = r.sale_id
            JOIN storefront st ON st.business_id = r.business_id AND st.id = r.storefront_id
            LEFT JOIN app_user u ON u.business_id = r.business_id AND u.id = r.user_id
            """;

    @Override
    public Optional<RefundView> find(BusinessId business, UUID refund) {
        return first(load(business, "r.business_id = :b AND r.id = :id", Map.of("id", refund)));
    }

    @Override
    public Optional<RefundView> findAnywhere(UUID refund) {
        return tx.handle().createQuery("SELECT business_id FROM refund WHERE id = :id").bind("id", refund)
                .mapTo(UUID.class).findOne()
                .flatMap(business -> find(BusinessId.of(business), refund));
    }

    public List<Note> notesOf(BusinessId business, SaleId sale) {
        return tx.handle().createQuery("""
                        SELECT refund_number, amount, cancels_sale, created_at FROM refund
                        WHERE business_id = :b AND sale_id = :sale ORDER BY created_at, refund_number""")
                .bind("b", business)
                .bind("sale", sale)
                .map((rs, ctx) -> new Note(rs.getString("refund_number"),
                        new io.salescore.domain.shared.Money(rs.getBigDecimal("amount")), rs.getBoolean("cancels_sale"),
                        io.salescore.adapter.persistence.common.Rows.instant(rs, "created_at")))
                .list();
    }

    /** The refund notes port, for receipts. */
    public RefundNotes notes() {
        return this::notesOf;
    }

    @Override
    public List<RefundView> ofSale(BusinessId business, SaleId sale) {
        List<RefundView> views = load(business, "r.business_id = :b AND r.sale_id = :sale",
                Map.of("sale", sale.value()));
        List<RefundView> oldestFirst = new ArrayList<>(views);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public Page<RefundView> list(Filter filter, PageRequest page) {
        SqlWhere where = new SqlWhere()
                .and("r.business_id = :b", "b", filter.business().value())
                .andIn("r.storefront_id = ANY(:visible)", "visible", filter.visibleStorefronts()
                        .map(visible -> visible.stream().map(StorefrontId::value).toList()).orElse(null))
                .andIf("r.sale_id = :sale", "sale", filter.sale().map(SaleId::value).orElse(null))
                .andIf("r.storefront_id = :storefront", "storefront",
                        filter.storefront().map(StorefrontId::value).orElse(null))
                .andIf("r.created_at >= :from", "from", filter.createdFrom().orElse(null))
                .andIf("r.created_at <= :to", "to", filter.createdTo().orElse(null));
        // The page's ids first (newest first), then the refunds and their lines in one query.
        Page<UUID> ids = where.page(tx.handle(), "SELECT r.id", "FROM refund r", "ORDER BY r.created_at DESC, r.id DESC",
                (rs, ctx) -> Rows.uuid(rs, "id"), page);
        List<RefundView> items = ids.items().isEmpty() ? List.of()
                : load(filter.business(), "r.business_id = :b AND r.id = ANY(:ids)",
                Map.of("ids", ids.items().toArray(UUID[]::new)));
        return new Page<>(items, ids.total(), page);
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Refunds matching {@code where}, newest first, with their lines: two queries whatever their number. */
    private List<RefundView> load(BusinessId business, String where, Map<String, Object> binds) {
        Query query = tx.handle().createQuery(SELECT + "WHERE " + where + " ORDER BY r.created_at DESC, r.id DESC");
        query.bind("b", business);
        binds.forEach(query::bind);
        Map<UUID, Header> headers = new LinkedHashMap<>();
        query.reduceResultSet(headers, (map, rs, ctx) -> {
            map.put(Rows.uuid(rs, "id"), header(rs));
            return map;
        });
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<RefundView.Line>> lines = new HashMap<>();
        tx.handle().createQuery("""
                        SELECT * FROM refund_line WHERE business_id = :b AND refund_id = ANY(:ids)
                        ORDER BY refund_id, position""")
                .bind("b", business)
                .bind("ids", headers.keySet().toArray(UUID[]::new))
                .reduceResultSet(lines, (map, rs, ctx) -> {
                    map.computeIfAbsent(Rows.uuid(rs, "refund_id"), k -> new ArrayList<>()).add(line(rs));
                    return map;
                });
        List<RefundView> views = new ArrayList<>();
        headers.forEach((id, h) -> views.add(h.view(lines.getOrDefault(id, List.of()))));
        return views;
    }

    /** A refund row before its lines are attached. */
    private record Header(UUID id, String number, UUID business, UUID sale, String receipt, UUID storefront,
                                   String storefrontName, String type, String reason, BigDecimal amount,
                                   BigDecimal tax, BigDecimal discount, BigDecimal credit, BigDecimal account,
                                   BigDecimal paidOut, String method, String payout, String tender, UUID session,
                                   boolean cancels, UUID user, String userName, Instant createdAt) {
        RefundView view(List<RefundView.Line> lines) {
            return new RefundView(id, number, BusinessId.of(business), SaleId.of(sale), receipt,
                    StorefrontId.of(storefront), storefrontName, type, reason, new Money(amount), new Money(tax),
                    new Money(discount), new Money(credit), new Money(account), new Money(paidOut), method, payout,
                    tender, session, cancels, UserId.of(user), userName, createdAt, lines);
        }
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(Rows.uuid(rs, "id"), rs.getString("refund_number"),
                Rows.uuid(rs, "business_id"), Rows.uuid(rs, "sale_id"), rs.getString("receipt_number"),
                Rows.uuid(rs, "storefront_id"), rs.getString("storefront_name"), rs.getString("refund_type"),
                rs.getString("reason"), rs.getBigDecimal("amount"), rs.getBigDecimal("tax_amount"),
                rs.getBigDecimal("discount_amount"), rs.getBigDecimal("credit_amount"),
                rs.getBigDecimal("account_amount"), rs.getBigDecimal("paid_out"), rs.getString("refund_method"),
                rs.getString("payout_method"), rs.getString("original_tender"), Rows.uuid(rs, "session_id"),
                rs.getBoolean("cancels_sale"), Rows.uuid(rs, "user_id"), rs.getString("user_name"),
                Rows.instant(rs, "created_at"));
    }

    private static RefundView.Line line(ResultSet rs) throws SQLException {
        return new RefundView.Line(SaleItemId.of(Rows.uuid(rs, "sale_item_id")),
                ProductId.of(Rows.uuid(rs, "product_id")), rs.getString("product_name"),
                rs.getBigDecimal("quantity"), new Money(rs.getBigDecimal("amount")),
                new Money(rs.getBigDecimal("tax_amount")), new Money(rs.getBigDecimal("discount_amount")),
                rs.getBoolean("restock"), rs.getString("reason"));
    }
}
