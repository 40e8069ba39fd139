package io.salescore.bootstrap;

import io.salescore.application.ops.port.Repair;
import io.salescore.application.ops.port.CheckResult;
import io.salescore.adapter.persistence.audit.JdbiAuditLogRepository;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.application.common.TimeOrderedIdGenerator;
import io.salescore.adapter.persistence.integrity.JdbiIntegrityChecks;
import io.salescore.application.ops.CheckIntegrityService;
import io.salescore.application.ops.port.in.CheckIntegrityUseCase;
import io.salescore.domain.shared.BusinessId;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Verifies that the stored data agrees with itself and prints one line per check ({@code OK  <check>} or
 * {@code FAIL <check>: n problems} followed by the offending rows). Exit code 0 when everything holds, 1 when any
 * check found a problem, 2 for an unknown business.
 */
@Command(name = "check-integrity", mixinStandardHelpOptions = true,
        description = "Check that stock, holds, sales, payments and balances agree (read-only, safe while serve runs); "
                + "exits 1 when anything is wrong. --repair fixes holds and counters first (also safe while serve runs).")
final class CheckIntegrityCommand implements Callable<Integer> {

    static final int PROBLEMS = 1;
    static final int UNKNOWN_BUSINESS = 2;

    @Mixin
    Settings settings;

    @Option(names = "--business", paramLabel = "<uuid>", converter = StrictUuid.class,
            description = "Check only this business (default: every business).")
    UUID business;

    @Option(names = "--repair", description = "First repair what can be repaired (dangling holds of completed sales, "
            + "reserved counters, holds beyond the stock), in one audited transaction, printing every change; "
            + "then check.")
    boolean repair;

    @Override
    public Integer call() {
        Logging.configure(settings.logFormat);
        try (Database database = Database.forCommand(settings)) {
            database.postgres().migrate();
            if (business != null && !exists(database, business)) {
                System.err.println("No business " + business + ".");
                return UNKNOWN_BUSINESS;
            }
            if (repair) {
                List<Repair> repairs = service(database, Clock.systemUTC())
                        .repair(Optional.ofNullable(business).map(BusinessId::of));
                repairs.forEach(r -> System.out.println("REPAIRED " + r.kind() + ": business " + r.business() + " "
                        + r.description()));
                System.out.println(repairs.isEmpty() ? "Nothing to repair." : "Repaired " + repairs.size()
                        + " thing" + (repairs.size() == 1 ? "" : "s") + " (audited as integrity.repaired).");
            }
            CheckIntegrityUseCase.Report report = run(database, Clock.systemUTC());
            print(report, System.out);
            return report.clean() ? 0 : PROBLEMS;
        }
    }

    CheckIntegrityUseCase.Report run(Database database, Clock clock) {
        return service(database, clock).check(Optional.ofNullable(business).map(BusinessId::of));
    }

    private static CheckIntegrityService service(Database database, Clock clock) {
        JdbiUnitOfWork tx = new JdbiUnitOfWork(database.postgres().jdbi());
        return new CheckIntegrityService(tx, new JdbiIntegrityChecks(tx),
                new JdbiAuditLogRepository(tx, new TimeOrderedIdGenerator(clock)::newId), clock);
    }

    private static boolean exists(Database database, UUID business) {
        return database.postgres().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM business WHERE id = :id")
                .bind("id", business).mapTo(Long.class).one()) > 0;
    }

    static void print(CheckIntegrityUseCase.Report report, PrintStream out) {
        for (CheckResult check : report.checks()) {
            out.println(check.summary());
            check.problems().forEach(problem -> out.println("     " + problem));
            long unlisted = check.problemCount() - check.problems().size();
            if (unlisted > 0) {
                out.println("     ... and " + unlisted + " more");
            }
        }
        int failed = report.failures().size();
        out.println(failed == 0
                ? "Integrity check passed: " + report.checks().size() + " checks, no problems."
                : "Integrity check FAILED: " + failed + " of " + report.checks().size() + " checks found problems.");
    }

    /** A canonical 8-4-4-4-12 UUID ({@link UUID#fromString} would also take {@code 1-1-1-1-1}). */
    static final class StrictUuid implements ITypeConverter<UUID> {
        @Override
        public UUID convert(String value) {
            if (value == null || !value.matches("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")) {
                throw new IllegalArgumentException("not a UUID: " + value);
            }
            return UUID.fromString(value);
        }
    }
}
