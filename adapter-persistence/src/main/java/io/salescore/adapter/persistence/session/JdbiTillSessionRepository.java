package io.salescore.adapter.persistence.session;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.SqlWhere;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.session.port.CountedLine;
import io.salescore.application.session.port.Filter;
import io.salescore.application.session.port.out.SessionFigures;
import io.salescore.application.session.port.out.TillSessionRepository;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.session.CashMovement;
import io.salescore.domain.session.CashMovementKind;
import io.salescore.domain.session.SessionStatus;
import io.salescore.domain.session.TillSession;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import org.jdbi.v3.core.mapper.RowMapper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Till sessions in PostgreSQL. A session's figures are summed in SQL from the rows attributed to it (checkouts and
 * payments and refunds by {@code session_id}, cash movements, abandoned drafts in the audit log): one statement, no
 * per-row loading. A CLOSED session answers its stored Z figures instead (those stored before refunds were
 * attributed have no refund keys and read as none).
 */
public final class JdbiTillSessionRepository implements TillSessionRepository {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The live figures of session {@code ts} as one jsonb value. */
    static final String FIGURES = """
            jsonb_build_object(
              'sales', (SELECT jsonb_build_object('count', count(*), 'total', coalesce(sum(s.total_amount), 0),
                                                  'discounts', coalesce(sum(s.items_discount_amount + s.discount_amount), 0),
                                                  'change', coalesce(sum(s.change_given), 0))
                        FROM sale s WHERE s.business_id = ts.business_id AND s.session_id = ts.id),
              'taken', (SELECT coalesce(jsonb_object_agg(x.payment_method, x.amount), '{}'::jsonb)
                        FROM (SELECT p.payment_method, sum(p.amount_paid) AS amount FROM payment p
                              WHERE p.business_id = ts.business_id AND p.session_id = ts.id
                              GROUP BY p.payment_method) x),
              'movements', (SELECT jsonb_build_object(
                                'in', coalesce(sum(m.amount) FILTER (WHERE m.kind = 'PAY_IN'), 0),
                                'out', coalesce(sum(m.amount) FILTER (WHERE m.kind = 'PAY_OUT'), 0))
                            FROM cash_movement m WHERE m.business_id = ts.business_id AND m.session_id = ts.id),
              'refunded', (SELECT coalesce(jsonb_object_agg(x.payout_method, x.amount), '{}'::jsonb)
                           FROM (SELECT r.payout_method, sum(r.paid_out - r.account_amount) AS amount FROM refund r
                                 WHERE r.business_id = ts.business_id AND r.session_id = ts.id
                                   AND r.payout_method IS NOT NULL
                                 GROUP BY r.payout_method) x),
              'refunds', (SELECT jsonb_build_object('count', count(*), 'total', coalesce(sum(r.paid_out), 0),
                                                    'credited', coalesce(sum(r.credit_amount), 0))
                          FROM refund r WHERE r.business_id = ts.business_id AND r.session_id = ts.id),
              'abandoned', (SELECT count(*) FROM audit_log a
                            WHERE a.business_id = ts.business_id AND a.event_type = 'sale.cancelled'
                              AND a.storefront_id = ts.storefront_id AND a.user_id = ts.user_id
                              AND a.occurred_at >= ts.opened_at
                              AND (ts.closed_at IS NULL OR a.occurred_at <= ts.closed_at)))""";

    private static final String COLUMNS = """
            ts.id, ts.storefront_id, ts.user_id, ts.status, ts.opening_float, ts.opened_at, ts.closed_at,
            ts.expected_cash, ts.counted_cash, ts.difference, ts.closing_note, ts.closed_by, ts.z_number,
            ts.z_counted, ts.z_print_count, sf.name AS storefront_name, sf.code AS storefront_code,
            u.name AS user_name, b.cash_rounding""";

    private static final String FROM = """
            FROM till_session ts
            JOIN storefront sf ON sf.business_id = ts.business_id AND sf.id = ts.storefront_id
            JOIN app_user u ON u.business_id = ts.business_id AND u.id = ts.user_id
            JOIN business b ON b.id = ts.business_id""";

    private static final String WITH_FIGURES = COLUMNS
            + ", CASE WHEN ts.status = 'OPEN' THEN " + FIGURES + " ELSE ts.z_figures END AS figures";

    private final JdbiUnitOfWork tx;

    public JdbiTillSessionRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public boolean insertIfNoneOpen(BusinessId business, TillSession s) {
        return tx.handle().createUpdate("""
                        INSERT INTO till_session (business_id, id, storefront_id, user_id, status, opening_float,
                                                  opened_at)
                        VALUES (:b, :id, :storefront, :user, 'OPEN', :float, :opened)
                        ON CONFLICT (business_id, user_id, storefront_id) WHERE status = 'OPEN' DO NOTHING""")
                .bind("b", business)
                .bind("id", s.id())
                .bind("storefront", s.storefront())
                .bind("user", s.user())
                .bind("float", s.openingFloat().amount())
                .bind("opened", time(s.openedAt()))
                .execute() == 1;
    }

    @Override
    public Optional<Row> find(BusinessId business, UUID id) {
        return tx.handle().createQuery("SELECT " + WITH_FIGURES + " " + FROM
                        + " WHERE ts.business_id = :b AND ts.id = :id")
                .bind("b", business)
                .bind("id", id)
                .map(ROW)
                .findOne();
    }

    @Override
    public Optional<Row> findOpen(BusinessId business, UserId user, StorefrontId storefront) {
        return tx.handle().createQuery("SELECT " + WITH_FIGURES + " " + FROM + " " + """
                         WHERE ts.business_id = :b AND ts.user_id = :user AND ts.storefront_id = :storefront
                           AND ts.status = 'OPEN'""")
                .bind("b", business)
                .bind("user", user)
                .bind("storefront", storefront)
                .map(ROW)
                .findOne();
    }

    @Override
    public Page<Row> list(BusinessId business, Filter filter, Set<StorefrontId> within, Instant staleBefore,
                          PageRequest page) {
        SqlWhere where = new SqlWhere()
                .and("ts.business_id = :b", "b", business.value())
                .andIf("ts.status = :status", "status", filter.status() == null ? null : filter.status().name())
                .andIf("ts.storefront_id = :storefront", "storefront",
                        filter.storefront() == null ? null : filter.storefront().value())
                .andIf("ts.user_id = :user", "user", filter.user() == null ? null : filter.user().value())
                .andIf("ts.opened_at >= :from", "from", filter.from() == null ? null : time(filter.from()))
                .andIf("ts.opened_at <= :to", "to", filter.to() == null ? null : time(filter.to()))
                .andIf("ts.status = 'OPEN' AND ts.opened_at < :staleBefore", "staleBefore",
                        staleBefore == null ? null : time(staleBefore))
                .andIn("ts.storefront_id = ANY (:within)", "within", io.salescore.adapter.persistence.inventory.JdbiStorefrontRepository.ids(within));
        return where.page(tx.handle(), "SELECT " + WITH_FIGURES, FROM, "ORDER BY ts.opened_at DESC, ts.id DESC",
                ROW, page);
    }

    @Override
    public Optional<Row> lockForUpdate(BusinessId business, UUID id) {
        return tx.handle().createQuery("SELECT " + COLUMNS + ", NULL::jsonb AS figures " + FROM
                        + " WHERE ts.business_id = :b AND ts.id = :id FOR UPDATE OF ts")
                .bind("b", business)
                .bind("id", id)
                .map(ROW)
                .findOne();
    }

    @Override
    public SessionFigures figures(BusinessId business, UUID id) {
        return figures(tx.handle().createQuery("SELECT " + FIGURES
                        + " FROM till_session ts WHERE ts.business_id = :b AND ts.id = :id")
                .bind("b", business)
                .bind("id", id)
                .mapTo(String.class)
                .one());
    }

    @Override
    public void insertMovement(BusinessId business, CashMovement m) {
        tx.handle().createUpdate("""
                        INSERT INTO cash_movement (business_id, id, session_id, kind, amount, reason, user_id,
                                                   approved_by, created_at)
                        VALUES (:b, :id, :session, :kind, :amount, :reason, :user, :approvedBy, :created)""")
                .bind("b", business)
                .bind("id", m.id())
                .bind("session", m.session())
                .bind("kind", m.kind().name())
                .bind("amount", m.amount().amount())
                .bind("reason", m.reason())
                .bind("user", m.user())
                .bind("approvedBy", m.approvedBy() == null ? null : m.approvedBy().value())
                .bind("created", time(m.createdAt()))
                .execute();
    }

    @Override
    public List<CashMovement> movements(BusinessId business, UUID session) {
        return tx.handle().createQuery("""
                        SELECT id, session_id, kind, amount, reason, user_id, approved_by, created_at
                        FROM cash_movement WHERE business_id = :b AND session_id = :session
                        ORDER BY created_at, id LIMIT 1000""")
                .bind("b", business)
                .bind("session", session)
                .map((rs, ctx) -> new CashMovement(rs.getObject("id", UUID.class),
                        rs.getObject("session_id", UUID.class), CashMovementKind.valueOf(rs.getString("kind")),
                        new Money(rs.getBigDecimal("amount")), rs.getString("reason"),
                        UserId.of(rs.getObject("user_id", UUID.class)), userOrNull(rs, "approved_by"),
                        instant(rs, "created_at")))
                .list();
    }

    @Override
    public long nextZ(BusinessId business, StorefrontId storefront) {
        return tx.handle().createQuery("""
                        INSERT INTO z_counter (business_id, storefront_id, last_value) VALUES (:b, :storefront, 1)
                        ON CONFLICT (business_id, storefront_id) DO UPDATE SET last_value = z_counter.last_value + 1
                        RETURNING last_value""")
                .bind("b", business)
                .bind("storefront", storefront)
                .mapTo(Long.class)
                .one();
    }

    @Override
    public void close(BusinessId business, TillSession s, SessionFigures figures, List<CountedLine> counted) {
        tx.handle().createUpdate("""
                        UPDATE till_session SET status = 'CLOSED', closed_at = :closedAt, expected_cash = :expected,
                               counted_cash = :counted, difference = :difference, closing_note = :note,
                               closed_by = :closedBy, z_number = :z, z_figures = CAST(:figures AS jsonb),
                               z_counted = CAST(:countedLines AS jsonb)
                        WHERE business_id = :b AND id = :id AND status = 'OPEN'""")
                .bind("b", business)
                .bind("id", s.id())
                .bind("closedAt", time(s.closedAt()))
                .bind("expected", s.expectedCash())
                .bind("counted", s.countedCash().amount())
                .bind("difference", s.difference())
                .bind("note", s.closingNote())
                .bind("closedBy", s.closedBy())
                .bind("z", s.zNumber())
                .bind("figures", json(figures))
                .bind("countedLines", json(counted))
                .execute();
    }

    @Override
    public int printed(BusinessId business, UUID id) {
        return tx.handle().createQuery("""
                        UPDATE till_session SET z_print_count = z_print_count + 1
                        WHERE business_id = :b AND id = :id RETURNING z_print_count - 1""")
                .bind("b", business)
                .bind("id", id)
                .mapTo(Integer.class)
                .one();
    }

    private static final RowMapper<Row> ROW = (rs, ctx) -> {
        String figures = rs.getString("figures");
        TillSession session = new TillSession(rs.getObject("id", UUID.class),
                StorefrontId.of(rs.getObject("storefront_id", UUID.class)),
                UserId.of(rs.getObject("user_id", UUID.class)), SessionStatus.valueOf(rs.getString("status")),
                new Money(rs.getBigDecimal("opening_float")), instant(rs, "opened_at"), instant(rs, "closed_at"),
                rs.getBigDecimal("expected_cash"),
                rs.getBigDecimal("counted_cash") == null ? null : new Money(rs.getBigDecimal("counted_cash")),
                rs.getBigDecimal("difference"), rs.getString("closing_note"), userOrNull(rs, "closed_by"),
                rs.getString("z_number"));
        return new Row(session, rs.getString("storefront_name"), rs.getString("storefront_code"),
                rs.getString("user_name"), new Money(rs.getBigDecimal("cash_rounding")),
                figures == null ? null : figures(figures), counted(rs.getString("z_counted")),
                rs.getInt("z_print_count"));
    };

    static SessionFigures figures(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            Map<PaymentMethod, BigDecimal> taken = new EnumMap<>(PaymentMethod.class);
            n.path("taken").fields().forEachRemaining(e -> taken.put(PaymentMethod.valueOf(e.getKey()),
                    money(e.getValue())));
            Map<PaymentMethod, BigDecimal> refunded = new EnumMap<>(PaymentMethod.class);
            n.path("refunded").fields().forEachRemaining(e -> refunded.put(PaymentMethod.valueOf(e.getKey()),
                    money(e.getValue())));
            JsonNode sales = n.path("sales");
            JsonNode movements = n.path("movements");
            JsonNode refunds = n.path("refunds");
            return new SessionFigures(sales.path("count").asLong(), money(sales.path("total")),
                    money(sales.path("discounts")), n.path("abandoned").asLong(), taken, money(sales.path("change")),
                    money(movements.path("in")), money(movements.path("out")), refunded,
                    refunds.path("count").asLong(), money(refunds.path("total")), money(refunds.path("credited")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable session figures", e);
        }
    }

    static String json(SessionFigures f) {
        ObjectNode n = JSON.createObjectNode();
        ObjectNode sales = n.putObject("sales");
        sales.put("count", f.salesCount());
        sales.put("total", f.salesTotal());
        sales.put("discounts", f.discountsGiven());
        sales.put("change", f.changeGiven());
        ObjectNode taken = n.putObject("taken");
        f.taken().forEach((m, v) -> taken.put(m.name(), v));
        ObjectNode movements = n.putObject("movements");
        movements.put("in", f.payIns());
        movements.put("out", f.payOuts());
        n.put("abandoned", f.abandonedDrafts());
        ObjectNode refunded = n.putObject("refunded");
        f.refunded().forEach((m, v) -> refunded.put(m.name(), v));
        n.putObject("refunds").put("count", f.refundsCount()).put("total", f.refundsTotal())
                .put("credited", f.refundsCredited());
        return n.toString();
    }

    static String json(List<CountedLine> lines) {
        ArrayNode a = JSON.createArrayNode();
        for (CountedLine l : lines) {
            a.addObject().put("method", l.method().name()).put("expected", l.expected())
                    .put("counted", l.counted()).put("difference", l.difference());
        }
        return a.toString();
    }

    private static List<CountedLine> counted(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<CountedLine> lines = new ArrayList<>();
            for (JsonNode l : JSON.readTree(json)) {
                lines.add(new CountedLine(PaymentMethod.valueOf(l.path("method").asText()), money(l.path("expected")),
                        money(l.path("counted")), money(l.path("difference"))));
            }
            return lines;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable counted lines", e);
        }
    }

    private static BigDecimal money(JsonNode n) {
        return (n == null || n.isMissingNode() || n.isNull() ? BigDecimal.ZERO : n.decimalValue())
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static UserId userOrNull(ResultSet rs, String column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : UserId.of(id);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
