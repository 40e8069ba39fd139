package io.salescore.application.audit.port.out;

import io.salescore.application.audit.port.AuditEntry;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.audit.AuditEvent;

import java.time.Instant;
import java.util.List;

/** Port: the append-only audit log. Entries are written in the caller's transaction, in one statement. */
public interface AuditLogRepository {

    /** Appends the events in order, as done by {@code actor}. */
    void append(Actor actor, Instant at, List<AuditEvent> events);

    /** Appends events done by the system (the sweeper): no user, user name {@code system}. */
    void appendSystem(io.salescore.domain.shared.BusinessId business, Instant at, List<AuditEvent> events);

    /** Entries newest first (by sequence). */
    Page<AuditEntry> list(AuditFilter filter, PageRequest page);

    /** One entry of the business, if the filter lets it through. */
    java.util.Optional<AuditEntry> find(AuditFilter filter, java.util.UUID id);
}
