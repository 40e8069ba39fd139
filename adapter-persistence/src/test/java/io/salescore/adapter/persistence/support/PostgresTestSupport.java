package io.salescore.adapter.persistence.support;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.PostgresDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * A real PostgreSQL for repository tests: one embedded server per test JVM, migrated once. Tests isolate
 * themselves by working in their own business (random ids), never by cleaning tables.
 */
public final class PostgresTestSupport {

    private static PostgresDatabase database;

    private PostgresTestSupport() {
    }

    public static synchronized PostgresDatabase database() {
        if (database == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("max_connections", "100")
                        .start();
                database = PostgresDatabase.connect(new PostgresDatabase.Settings(
                        postgres.getJdbcUrl("postgres", "postgres"), "postgres", null, 10, Duration.ofSeconds(10)));
                database.migrate();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    database.close();
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    public static JdbiUnitOfWork unitOfWork() {
        return new JdbiUnitOfWork(database().jdbi());
    }
}
