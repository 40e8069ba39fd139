package io.salescore.examples.embedding;

import io.salescore.application.audit.port.out.AuditEntry;
import io.salescore.application.audit.port.out.AuditFilter;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.shared.BusinessId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AuditLogRepository} as an append-only table: entries are only ever added, in the caller's transaction, so a
 * use case that fails leaves no entry behind. {@link #entries} reads them back for the example's tests.
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

    @Override
    public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("The embedding example reads its log with entries(business) "
                + "(ReadAuditLogService is not wired); a real adapter implements the filter and paging");
    }

    @Override
    public Optional<AuditEntry> find(AuditFilter filter, UUID id) {
        throw new UnsupportedOperationException("The embedding example reads its log with entries(business)");
    }

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
