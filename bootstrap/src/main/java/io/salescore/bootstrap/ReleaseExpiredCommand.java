package io.salescore.bootstrap;

import io.salescore.adapter.persistence.audit.JdbiAuditLogRepository;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.inventory.JdbiReservationRepository;
import io.salescore.application.common.TimeOrderedIdGenerator;
import io.salescore.application.inventory.ReleaseExpiredService;
import io.salescore.application.inventory.port.in.ReleaseExpiredUseCase;
import io.salescore.application.ops.SweeperStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;

/** Releases expired holds now (what the sweeper does on its schedule) and says how many. */
@Command(name = "release-expired", mixinStandardHelpOptions = true,
        description = "Release holds whose time has passed (safe while serve runs).")
final class ReleaseExpiredCommand implements Callable<Integer> {

    @Mixin
    Settings settings;

    @Option(names = "--dry-run", description = "Only count (and with --verbose list) what would be released.")
    boolean dryRun;

    @Option(names = "--verbose", description = "One line per hold: id, product, quantity, expires_at.")
    boolean verbose;

    @Override
    public Integer call() {
        Logging.configure(settings.logFormat);
        try (Database database = Database.forCommand(settings)) {
            database.postgres().migrate();
            print(run(database, Clock.systemUTC()), System.out);
        }
        return 0;
    }

    ReleaseExpiredUseCase.Result run(Database database, Clock clock) {
        JdbiUnitOfWork tx = new JdbiUnitOfWork(database.postgres().jdbi());
        var ids = new TimeOrderedIdGenerator(clock);
        var service = new ReleaseExpiredService(tx, new JdbiReservationRepository(tx, ids::newId),
                new JdbiAuditLogRepository(tx, ids::newId), new SweeperStatus(), clock, settings.expirySweepBatch, 1000);
        return service.releaseExpired(dryRun, verbose);
    }

    void print(ReleaseExpiredUseCase.Result result, PrintStream out) {
        out.println((result.dryRun() ? "Would release " : "Released ") + result.count() + " expired hold"
                + (result.count() == 1 ? "" : "s") + ".");
        if (verbose) {
            result.holds().forEach(due -> {
                var r = due.reservation();
                out.println(r.id() + " product=" + r.productId() + " quantity=" + r.quantity().toPlainString()
                        + " expires_at=" + r.expiresAt());
            });
        }
    }
}
