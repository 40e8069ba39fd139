package io.salescore.bootstrap;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code salescore <command>}: serve, migrate, release-expired, check-integrity. */
@Command(name = "salescore", mixinStandardHelpOptions = true, version = "salescore 0.1.0",
        description = "Multi-tenant point-of-sale sales service.",
        subcommands = {ServeCommand.class, MigrateCommand.class, ReleaseExpiredCommand.class,
                CheckIntegrityCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
