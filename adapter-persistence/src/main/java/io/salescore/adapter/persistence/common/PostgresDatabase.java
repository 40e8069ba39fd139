package io.salescore.adapter.persistence.common;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

import javax.sql.DataSource;
import java.time.Duration;

/** The PostgreSQL behind the service: a HikariCP pool, Jdbi on top of it, and Flyway migrations. */
public final class PostgresDatabase implements AutoCloseable {

    /** The longest the pool is asked at once, so a request notices a database going down within it. */
    static final Duration SLICE = Duration.ofMillis(500);

    private final HikariDataSource dataSource;
    private final FailFastDataSource connections;
    private final Jdbi jdbi;

    private PostgresDatabase(HikariDataSource dataSource, Duration poolTimeout) {
        this.dataSource = dataSource;
        this.connections = new FailFastDataSource(dataSource, poolTimeout);
        this.jdbi = configure(Jdbi.create(connections));
    }

    /** Connection settings of the pool. */
    public record Settings(String url, String user, String password, int poolSize, Duration poolTimeout,
                           Object metricRegistry) {

        public Settings(String url, String user, String password, int poolSize, Duration poolTimeout) {
            this(url, user, password, poolSize, poolTimeout, null);
        }
    }

    public static PostgresDatabase connect(Settings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("pos-db");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(settings.poolSize());
        // The pool is asked in slices (FailFastDataSource waits up to poolTimeout in all), so that a database
        // going down is noticed within a slice instead of after the whole pool timeout.
        long slice = Math.max(250, Math.min(SLICE.toMillis(), settings.poolTimeout().toMillis()));
        config.setConnectionTimeout(slice);
        config.setValidationTimeout(slice);
        config.setInitializationFailTimeout(-1);
        if (settings.metricRegistry() != null) {
            config.setMetricRegistry(settings.metricRegistry());
        }
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("connectTimeout", "2");
        // Hikari would derive the login timeout from the short slice; connecting may take longer under load.
        config.addDataSourceProperty("loginTimeout", "10");
        config.addDataSourceProperty("socketTimeout", "60");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "salescore");
        return new PostgresDatabase(new HikariDataSource(config), settings.poolTimeout());
    }

    /**
     * The export pool: its own {@code size} read-only connections (so an export never takes a till's connection),
     * each statement cut off after {@code statementTimeout}.
     */
    public static PostgresDatabase connectExports(Settings settings, int size, Duration statementTimeout) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("pos-export");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setReadOnly(true);
        long slice = Math.max(250, Math.min(SLICE.toMillis(), settings.poolTimeout().toMillis()));
        config.setConnectionTimeout(slice);
        config.setValidationTimeout(slice);
        config.setInitializationFailTimeout(-1);
        config.setConnectionInitSql("SET statement_timeout = " + Math.max(1, statementTimeout.toMillis()));
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("loginTimeout", "10");
        config.addDataSourceProperty("socketTimeout", Long.toString(Math.max(60, statementTimeout.toSeconds() + 30)));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "salescore-export");
        return new PostgresDatabase(new HikariDataSource(config), settings.poolTimeout());
    }

    /** Jdbi with the settings every repository relies on. */
    public static Jdbi configure(Jdbi jdbi) {
        jdbi.installPlugin(new PostgresPlugin());
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerArgument(new EntityIdArgumentFactory());
        jdbi.registerArrayType(java.math.BigDecimal.class, "numeric");
        jdbi.registerArrayType(java.time.OffsetDateTime.class, "timestamptz");
        jdbi.registerArrayType(Boolean.class, "boolean");
        return jdbi;
    }

    /** Applies the migrations in {@code db/migration}. */
    public void migrate() {
        migrate(connections);
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The pool itself (its settings and statistics); connections come from {@link #jdbi()}. */
    public HikariDataSource dataSource() {
        return dataSource;
    }

    /** Live holds across all businesses at {@code now} (for metrics). */
    public long liveHolds(java.time.Instant now) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM reservation WHERE status = 'ACTIVE' AND expires_at > :now")
                .bind("now", now).mapTo(Long.class).one());
    }

    /**
     * Whether the database takes a query: at once while it is known to be down, else within one pool slice plus
     * the validation ({@code timeout}, at least a second, and only when the database accepts connections but
     * hangs). A pool with every connection busy counts as up.
     */
    public boolean isUp(Duration timeout) {
        return connections.probe(timeout);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
