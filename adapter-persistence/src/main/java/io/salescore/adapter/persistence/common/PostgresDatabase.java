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

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private PostgresDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = configure(Jdbi.create(dataSource));
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
        config.setConnectionTimeout(Math.max(250, settings.poolTimeout().toMillis()));
        config.setValidationTimeout(1000);
        config.setInitializationFailTimeout(-1);
        if (settings.metricRegistry() != null) {
            config.setMetricRegistry(settings.metricRegistry());
        }
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("socketTimeout", "60");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "salescore");
        return new PostgresDatabase(new HikariDataSource(config));
    }

    /** Jdbi with the settings every repository relies on. */
    public static Jdbi configure(Jdbi jdbi) {
        jdbi.installPlugin(new PostgresPlugin());
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerArrayType(java.math.BigDecimal.class, "numeric");
        jdbi.registerArrayType(java.time.OffsetDateTime.class, "timestamptz");
        jdbi.registerArrayType(Boolean.class, "boolean");
        return jdbi;
    }

    /** Applies the migrations in {@code db/migration}. */
    public void migrate() {
        migrate(dataSource);
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

    public HikariDataSource dataSource() {
        return dataSource;
    }

    /** Live holds across all businesses at {@code now} (for metrics). */
    public long liveHolds(java.time.Instant now) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM reservation WHERE status = 'ACTIVE' AND expires_at > :now")
                .bind("now", now).mapTo(Long.class).one());
    }

    /** Answers within {@code timeout} whether the database takes a query. */
    public boolean isUp(Duration timeout) {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, timeout.toSeconds()));
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
