package io.salescore.bootstrap.support;

import io.salescore.application.ops.port.Repair;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.integrity.JdbiIntegrityChecks;
import io.salescore.application.ops.CheckIntegrityService;
import io.salescore.application.ops.port.in.CheckIntegrityUseCase;
import io.salescore.domain.shared.BusinessId;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integrity check (the {@code check-integrity} command's checks) for end-to-end tests. Tests share one
 * database, and some insert deliberately partial rows, so tests check their own business; a server on a database
 * of its own can be checked whole.
 */
public final class Integrity {

    private Integrity() {
    }

    /** Every check over one business of the shared test server, with the server's clock. */
    public static CheckIntegrityUseCase.Report check(TestBusiness business) {
        return check(business.server.app().database().jdbi(), business.server.clock(), business.businessId);
    }

    /** Every check over {@code businessId} (or every business when null) of the database behind {@code jdbi}. */
    public static CheckIntegrityUseCase.Report check(Jdbi jdbi, Clock clock, String businessId) {
        return service(jdbi, clock).check(Optional.ofNullable(businessId).map(id -> BusinessId.of(UUID.fromString(id))));
    }

    /** check-integrity --repair over one business of the database behind {@code jdbi}. */
    public static java.util.List<Repair> repair(Jdbi jdbi, Clock clock, String businessId) {
        return service(jdbi, clock).repair(Optional.of(BusinessId.of(UUID.fromString(businessId))));
    }

    private static CheckIntegrityService service(Jdbi jdbi, Clock clock) {
        JdbiUnitOfWork tx = new JdbiUnitOfWork(jdbi);
        return new CheckIntegrityService(tx, new JdbiIntegrityChecks(tx),
                new io.salescore.adapter.persistence.audit.JdbiAuditLogRepository(tx,
                        new io.salescore.application.common.TimeOrderedIdGenerator(clock)::newId), clock);
    }

    /** Fails with every problem found in the business's data. */
    public static void assertClean(TestBusiness business) {
        assertClean(check(business));
    }

    /** Fails with every problem found in the whole database behind {@code jdbi}. */
    public static void assertClean(Jdbi jdbi, Clock clock) {
        assertClean(check(jdbi, clock, null));
    }

    public static void assertClean(CheckIntegrityUseCase.Report report) {
        assertThat(report.failures()).as(() -> "integrity problems:\n" + describe(report)).isEmpty();
    }

    /** The report as the command prints it, failures only. */
    public static String describe(CheckIntegrityUseCase.Report report) {
        return report.failures().stream()
                .map(c -> c.summary() + "\n" + c.problems().stream().map(p -> "     " + p)
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
