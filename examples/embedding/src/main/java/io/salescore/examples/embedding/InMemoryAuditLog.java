package io.salescore.examples.embedding;

import io.salescore.application.audit.port.AuditEntry;
import io.salescore.application.audit.port.out.AuditFilter;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.shared.BusinessId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@link AuditLogRepository} as an append-only table: entries are only ever added, in the caller's transaction, so a
 * use case that fails leaves no entry behind. {@link #list} and {@link #find} read them as the audit log use case
 * does; {@link #entries} reads them back for the example's tests.
 */
public final class InMemoryAuditLog implements AuditLogRepository {

    record Logged(BusinessId business, AuditEntry entry) {
    }

    private final InMemoryUnitOfWork tx;
    private final Table<UUID, Logged> log;
    private final IdGenerator ids;

    public InMemoryAuditLog(InMemoryUnitOfWork tx, IdGenerator ids) {
        this.tx = tx;
        this.log = tx.newTable("audit_log");
        this.ids = ids;
    }

    @Override
    public void append(Actor actor, Instant at, List<AuditEvent> events) {
        events.forEach(e -> add(actor.businessId(), at, e, actor.userId().value(), actor.name(), actor.ipAddress(),
                actor.userAgent()));
    }

    @Override
    public void appendSystem(BusinessId business, Instant at, List<AuditEvent> events) {
        events.forEach(e -> add(business, at, e, null, "system", null, null));
    }

    /** The business's entries that pass the filter, newest first (by sequence). */
    @Override
    public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
        List<AuditEntry> matching = log.rows().filter(l -> passes(filter, l)).map(Logged::entry)
                .sorted(Comparator.comparingLong(AuditEntry::sequence).reversed()).toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(), page);
    }

    @Override
    public Optional<AuditEntry> find(AuditFilter filter, UUID id) {
        return log.find(id).filter(l -> passes(filter, l)).map(Logged::entry);
    }

    /** The filter as {@code JdbiAuditLogRepository} writes it in SQL. */
    private static boolean passes(AuditFilter f, Logged logged) {
        AuditEntry e = logged.entry();
        if (!logged.business().equals(f.business())) {
            return false;
        }
        if (f.storefronts().isPresent()) {
            boolean visible = e.storefront() != null ? f.storefronts().get().contains(e.storefront())
                    : f.includeUnscoped() && !PEOPLE_EVENTS.matcher(e.eventType()).lookingAt();
            if (!visible) {
                return false;
            }
        }
        return !(f.salesOnly() && e.sale() == null)
                && f.sale().map(s -> s.equals(e.sale())).orElse(true)
                && f.eventType().map(t -> t.equals(e.eventType())).orElse(true)
                && f.customer().map(c -> c.equals(e.customer())).orElse(true)
                && f.user().map(u -> u.equals(e.user())).orElse(true)
                && f.from().map(t -> !e.timestamp().isBefore(t)).orElse(true)
                && f.to().map(t -> !e.timestamp().isAfter(t)).orElse(true);
    }

    /** Entries about staff, tokens and the business settings are for OWNER and ADMIN only. */
    private static final Pattern PEOPLE_EVENTS = Pattern.compile("staff\\.|token\\.|business\\.");

    /** The business's entries, oldest first. */
    public List<AuditEntry> entries(BusinessId business) {
        return tx.read(() -> log.rows().filter(l -> l.business().equals(business)).map(Logged::entry).toList());
    }

    private void add(BusinessId business, Instant at, AuditEvent e, UUID user, String userName, String ip,
                     String agent) {
        UUID id = ids.newId();
        long sequence = log.size() + 1L; // the table only grows, and rolls back with the transaction: no gaps
        log.put(id, new Logged(business, new AuditEntry(id, sequence, e.eventType(), at, user, userName,
                e.storefront() == null ? null : e.storefront().value(), e.sale() == null ? null : e.sale().value(),
                e.saleItem() == null ? null : e.saleItem().value(), e.customer() == null ? null : e.customer().value(),
                e.payment() == null ? null : e.payment().value(), e.data(), e.description(), ip, agent)));
    }
}
