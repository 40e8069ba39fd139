package io.salescore.application.ops;

import io.salescore.application.common.UnitOfWork;
import io.salescore.application.ops.port.in.CheckIntegrityUseCase;
import io.salescore.application.ops.port.out.IntegrityChecks;
import io.salescore.domain.shared.BusinessId;

import java.time.Clock;
import java.util.Optional;

/** Runs the integrity checks as plain reads (each check is one statement, so each sees one consistent snapshot). */
public final class CheckIntegrityService implements CheckIntegrityUseCase {

    private final UnitOfWork tx;
    private final IntegrityChecks checks;
    private final Clock clock;

    public CheckIntegrityService(UnitOfWork tx, IntegrityChecks checks, Clock clock) {
        this.tx = tx;
        this.checks = checks;
        this.clock = clock;
    }

    @Override
    public Report check(Optional<BusinessId> business) {
        return new Report(tx.read(() -> checks.run(business.orElse(null), clock.instant())));
    }
}
