package io.salescore.application.ops;

import io.salescore.application.ops.port.Repair;
import io.salescore.application.audit.port.out.AuditLogRepository;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.ops.port.in.CheckIntegrityUseCase;
import io.salescore.application.ops.port.out.IntegrityChecks;
import io.salescore.domain.audit.AuditEvent;
import io.salescore.domain.shared.BusinessId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the integrity checks as plain reads (each check is one statement, so each sees one consistent snapshot), and
 * the repairs as one audited transaction.
 */
public final class CheckIntegrityService implements CheckIntegrityUseCase {

    private final UnitOfWork tx;
    private final IntegrityChecks checks;
    private final Clock clock;

    private final AuditLogRepository audit;

    public CheckIntegrityService(UnitOfWork tx, IntegrityChecks checks, AuditLogRepository audit, Clock clock) {
        this.tx = tx;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Report check(Optional<BusinessId> business) {
        return new Report(tx.read(() -> checks.run(business.orElse(null), clock.instant())));
    }

    @Override
    public List<Repair> repair(Optional<BusinessId> business) {
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            List<Repair> done = checks.repair(business.orElse(null), now);
            Map<BusinessId, List<Repair>> byBusiness = new LinkedHashMap<>();
            done.forEach(r -> byBusiness.computeIfAbsent(r.business(), b -> new ArrayList<>()).add(r));
            byBusiness.forEach((b, repairs) -> audit.appendSystem(b, now, List.of(repaired(repairs))));
            return done;
        });
    }

    private static AuditEvent repaired(List<Repair> repairs) {
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Repair r : repairs) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("kind", r.kind());
            change.put("description", r.description());
            changes.add(change);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("count", repairs.size());
        data.put("changes", changes);
        return AuditEvent.of("integrity.repaired", "check-integrity --repair made " + repairs.size()
                + " change" + (repairs.size() == 1 ? "" : "s"), data);
    }
}
