package io.salescore.application.audit;

import io.salescore.application.audit.port.in.ReadAuditLogUseCase;
import io.salescore.application.audit.port.AuditEntry;
import io.salescore.application.audit.port.out.AuditFilter;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.StorefrontId;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The audit log as the role table lets each caller see it; an entry outside the caller's view does not exist. */
public final class ReadAuditLogService implements ReadAuditLogUseCase {

    private final UnitOfWork tx;
    private final AuditLogRepository audit;

    public ReadAuditLogService(UnitOfWork tx, AuditLogRepository audit) {
        this.tx = tx;
        this.audit = audit;
    }

    @Override
    public Page<AuditEntry> list(Actor actor, Query query, PageRequest page) {
        return tx.inTransaction(() -> audit.list(filter(actor, query), page));
    }

    @Override
    public AuditEntry get(Actor actor, UUID id) {
        Query none = new Query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        return tx.inTransaction(() -> audit.find(filter(actor, none), id)).orElseThrow(NotFoundException::new);
    }

    private static AuditFilter filter(Actor actor, Query q) {
        Optional<java.util.Set<UUID>> storefronts = actor.isOwnerOrAdmin() ? Optional.empty()
                : Optional.of(actor.storefronts().stream().map(StorefrontId::value).collect(Collectors.toSet()));
        boolean manager = actor.role() == Role.MANAGER;
        boolean cashier = actor.role() == Role.CASHIER;
        return new AuditFilter(actor.businessId(), storefronts, manager, cashier, q.sale(), q.eventType(),
                q.customer(), q.user(), q.from(), q.to());
    }
}
