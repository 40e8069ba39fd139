package io.salescore.application.audit.port.in;

import io.salescore.application.audit.port.AuditEntry;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the audit log, newest first, as far as the caller may see it: OWNER/ADMIN everything; MANAGER the
 * entries of their storefronts and customer entries; CASHIER the entries of their storefronts' sales.
 */
public interface ReadAuditLogUseCase {

    record Query(Optional<UUID> sale, Optional<String> eventType, Optional<UUID> customer, Optional<UUID> user,
                 Optional<Instant> from, Optional<Instant> to) {
    }

    Page<AuditEntry> list(Actor actor, Query query, PageRequest page);

    AuditEntry get(Actor actor, UUID id);
}
