package io.salescore.bootstrap;

import io.salescore.adapter.persistence.common.PostgresDatabase;

import java.time.Duration;

/**
 * Chooses the database: an external PostgreSQL when {@code POS_DB_URL} is set; otherwise the embedded one,
 * which {@code serve} starts (and publishes), and a command reuses when a server runs on the same data
 * directory or starts by itself for its own run.
 */
final class Database implements AutoCloseable {

    private final EmbeddedDatabase embedded;
    private final PostgresDatabase postgres;
    private PostgresDatabase exports;
    private PostgresDatabase.Settings connection;

    private Database(EmbeddedDatabase embedded, PostgresDatabase postgres) {
        this.embedded = embedded;
        this.postgres = postgres;
    }

    private Database withConnection(PostgresDatabase.Settings settings) {
        this.connection = settings;
        return this;
    }

    static Database forServer(Settings settings, boolean durable, Object metricRegistry) {
        if (!settings.usesEmbeddedDatabase()) {
            return new Database(null, connect(settings, settings.dbUrl, settings.dbUser, settings.dbPassword,
                    metricRegistry)).withConnection(new PostgresDatabase.Settings(settings.dbUrl, settings.dbUser,
                    settings.dbPassword, settings.dbPoolSize(), settings.dbPoolTimeout));
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(settings.dataDir, settings.embeddedDbPort, durable, true);
        try {
            return new Database(embedded, connect(settings, embedded.jdbcUrl(), "postgres", null, metricRegistry))
                    .withConnection(new PostgresDatabase.Settings(embedded.jdbcUrl(), "postgres", null,
                            settings.dbPoolSize(), settings.dbPoolTimeout));
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    static Database forCommand(Settings settings) {
        if (!settings.usesEmbeddedDatabase()) {
            return external(settings);
        }
        var running = EmbeddedDatabase.runningServerUrl(settings.dataDir);
        if (running.isPresent()) {
            return new Database(null, connect(settings, running.get(), "postgres", null));
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(settings.dataDir, 0, true, false);
        return new Database(embedded, connect(settings, embedded.jdbcUrl(), "postgres", null));
    }

    private static Database external(Settings settings) {
        return new Database(null, connect(settings, settings.dbUrl, settings.dbUser, settings.dbPassword));
    }

    private static PostgresDatabase connect(Settings settings, String url, String user, String password) {
        return connect(settings, url, user, password, null);
    }

    private static PostgresDatabase connect(Settings settings, String url, String user, String password,
                                            Object metricRegistry) {
        return PostgresDatabase.connect(new PostgresDatabase.Settings(url, user, password, settings.dbPoolSize(),
                settings.dbPoolTimeout, metricRegistry));
    }

    PostgresDatabase postgres() {
        return postgres;
    }

    /**
     * The export pool (two connections of its own, each statement limited to {@code statementTimeout}), opened on
     * first use; without a server connection (commands), the main pool.
     */
    synchronized PostgresDatabase exports(Duration statementTimeout) {
        if (connection == null) {
            return postgres;
        }
        if (exports == null) {
            exports = PostgresDatabase.connectExports(connection, 2, statementTimeout);
        }
        return exports;
    }

    /** The embedded database, when this process started one. */
    EmbeddedDatabase embedded() {
        return embedded;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (exports != null) {
                exports.close();
            }
        }
        postgres.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
