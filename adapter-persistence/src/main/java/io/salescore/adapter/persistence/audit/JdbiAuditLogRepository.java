package io.salescore.adapter.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.application.audit.port.AuditEntry;
import io.salescore.application.audit.port.out.AuditFilter;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import org.jdbi.v3.core.statement.Query;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;

import java.time.Instant;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The audit log in PostgreSQL: every batch of events is one multi-row INSERT (unnest of arrays, so the
 * statement text is always the same and stays prepared). The table refuses UPDATE, DELETE and TRUNCATE.
 */
public final class JdbiAuditLogRepository implements AuditLogRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbiUnitOfWork tx;
    private final Supplier<UUID> ids;

    public JdbiAuditLogRepository(JdbiUnitOfWork tx, Supplier<UUID> ids) {
        this.tx = tx;
        this.ids = ids;
    }

    @Override
    public void append(Actor actor, Instant at, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        insert(actor.businessId().value(), actor.userId().value(), actor.name(), actor.ipAddress(),
                actor.userAgent(), at, events);
    }

    @Override
    public void appendSystem(io.salescore.domain.shared.BusinessId business, Instant at, List<AuditEvent> events) {
        if (!events.isEmpty()) {
            insert(business.value(), null, "system", null, null, at, events);
        }
    }

    private void insert(UUID business, UUID user, String userName, String ip, String agent, Instant at,
                        List<AuditEvent> events) {
        int n = events.size();
        UUID[] idArray = new UUID[n];
        String[] data = new String[n];
        for (int i = 0; i < n; i++) {
            idArray[i] = ids.get();
            data[i] = json(events.get(i));
        }
        tx.handle().createUpdate("""
                        INSERT INTO audit_log (business_id, id, event_type, occurred_at, user_id, user_name,
                                               storefront_id, sale_id, sale_item_id, customer_id, payment_id,
                                               event_data, description, ip_address, user_agent)
                        SELECT :business, e.id, e.event_type, :at, :user, :userName, e.storefront_id, e.sale_id,
                               e.sale_item_id, e.customer_id, e.payment_id, e.event_data::jsonb, e.description,
                               :ip, :agent
                        FROM unnest(:ids, :types, :storefronts, :sales, :items, :customers, :payments, :data,
                                    :descriptions)
                             WITH ORDINALITY AS e(id, event_type, storefront_id, sale_id, sale_item_id, customer_id,
                                                  payment_id, event_data, description, ord)
                        ORDER BY e.ord""")
                .bind("business", business)
                .bind("at", at)
                .bind("user", user)
                .bind("userName", userName)
                .bind("ip", ip)
                .bind("agent", agent)
                .bind("ids", idArray)
                .bind("types", column(events, AuditEvent::eventType, String.class))
                .bind("storefronts", ids(events, e -> e.storefront() == null ? null : e.storefront().value()))
                .bind("sales", ids(events, e -> e.sale() == null ? null : e.sale().value()))
                .bind("items", ids(events, e -> e.saleItem() == null ? null : e.saleItem().value()))
                .bind("customers", ids(events, e -> e.customer() == null ? null : e.customer().value()))
                .bind("payments", ids(events, e -> e.payment() == null ? null : e.payment().value()))
                .bind("data", data)
                .bind("descriptions", column(events, AuditEvent::description, String.class))
                .execute();
    }

    private static UUID[] ids(List<AuditEvent> events, Function<AuditEvent, UUID> f) {
        return events.stream().map(f).toArray(UUID[]::new);
    }

    private static <T> T[] column(List<AuditEvent> events, Function<AuditEvent, T> f, Class<T> type) {
        @SuppressWarnings("unchecked")
        T[] array = (T[]) java.lang.reflect.Array.newInstance(type, events.size());
        for (int i = 0; i < events.size(); i++) {
            array[i] = f.apply(events.get(i));
        }
        return array;
    }

    private static String json(AuditEvent event) {
        try {
            return JSON.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit data is not JSON-serialisable: " + event.eventType(), e);
        }
    }

    @Override
    public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
        Map<String, Object> binds = new HashMap<>();
        String where = where(filter, binds);
        Query query = tx.handle().createQuery("SELECT a.*, count(*) OVER () AS total FROM audit_log a WHERE " + where
                + " ORDER BY a.seq DESC LIMIT :limit OFFSET :offset");
        binds.forEach(query::bind);
        long[] total = {0};
        List<AuditEntry> entries = query.bind("limit", page.size()).bind("offset", page.offset())
                .map((rs, ctx) -> {
                    total[0] = rs.getLong("total");
                    return entry(rs);
                })
                .list();
        if (entries.isEmpty() && page.page() > 1) {
            Query count = tx.handle().createQuery("SELECT count(*) FROM audit_log a WHERE " + where);
            binds.forEach(count::bind);
            total[0] = count.mapTo(Long.class).one();
        }
        return new Page<>(entries, total[0], page);
    }

    @Override
    public Optional<AuditEntry> find(AuditFilter filter, UUID id) {
        Map<String, Object> binds = new HashMap<>();
        Query query = tx.handle().createQuery("SELECT a.* FROM audit_log a WHERE a.id = :id AND " + where(filter, binds));
        binds.forEach(query::bind);
        return query.bind("id", id).map((rs, ctx) -> entry(rs)).findOne();
    }

    /** Entries about staff, tokens and the business settings are for OWNER and ADMIN only. */
    private static final String PEOPLE_EVENTS_HIDDEN =
            "a.event_type NOT LIKE 'staff.%' AND a.event_type NOT LIKE 'token.%' AND a.event_type NOT LIKE 'business.%'";

    private static String where(AuditFilter f, Map<String, Object> binds) {
        StringBuilder where = new StringBuilder("a.business_id = :b");
        binds.put("b", f.business().value());
        f.storefronts().ifPresent(ids -> {
            binds.put("visible", ids.toArray(UUID[]::new));
            where.append(f.includeUnscoped()
                    ? " AND (a.storefront_id = ANY(:visible) OR (a.storefront_id IS NULL AND " + PEOPLE_EVENTS_HIDDEN + "))"
                    : " AND a.storefront_id = ANY(:visible)");
        });
        if (f.salesOnly()) {
            where.append(" AND a.sale_id IS NOT NULL");
        }
        f.sale().ifPresent(v -> {
            where.append(" AND a.sale_id = :sale");
            binds.put("sale", v);
        });
        f.eventType().ifPresent(v -> {
            where.append(" AND a.event_type = :eventType");
            binds.put("eventType", v);
        });
        f.customer().ifPresent(v -> {
            where.append(" AND a.customer_id = :customer");
            binds.put("customer", v);
        });
        f.user().ifPresent(v -> {
            where.append(" AND a.user_id = :user");
            binds.put("user", v);
        });
        f.from().ifPresent(v -> {
            where.append(" AND a.occurred_at >= :from");
            binds.put("from", v);
        });
        f.to().ifPresent(v -> {
            where.append(" AND a.occurred_at <= :to");
            binds.put("to", v);
        });
        return where.toString();
    }

    @SuppressWarnings("unchecked")
    private static AuditEntry entry(ResultSet rs) throws SQLException {
        Map<String, Object> data;
        try {
            data = JSON.readValue(rs.getString("event_data"), Map.class);
        } catch (IOException e) {
            throw new SQLException("Unreadable event_data of audit entry " + rs.getString("id"), e);
        }
        return new AuditEntry(Rows.uuid(rs, "id"), rs.getLong("seq"), rs.getString("event_type"),
                Rows.instant(rs, "occurred_at"), Rows.uuid(rs, "user_id"), rs.getString("user_name"),
                Rows.uuid(rs, "storefront_id"), Rows.uuid(rs, "sale_id"), Rows.uuid(rs, "sale_item_id"),
                Rows.uuid(rs, "customer_id"), Rows.uuid(rs, "payment_id"), data, rs.getString("description"),
                rs.getString("ip_address"), rs.getString("user_agent"));
    }
}
