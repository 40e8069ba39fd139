package io.salescore.bootstrap;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** Applies the database migrations and exits (safe while a server runs on the same data directory). */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply database migrations.")
final class MigrateCommand implements Callable<Integer> {

    @Mixin
    Settings settings;

    @Override
    public Integer call() {
        Logging.configure(settings.logFormat);
        try (Database database = Database.forCommand(settings)) {
            database.postgres().migrate();
            System.out.println("Database is up to date.");
        }
        return 0;
    }
}
