package io.salescore.bootstrap;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every setting of the service: an environment variable with a command-line flag twin (the flag wins).
 * Durations are ISO-8601 ({@code PT30M}).
 */
public final class Settings {

    @Option(names = "--http-port", defaultValue = "${env:POS_HTTP_PORT:-8000}", description = "HTTP port (POS_HTTP_PORT).")
    int httpPort;

    @Option(names = "--http-host", defaultValue = "${env:POS_HTTP_HOST:-0.0.0.0}", description = "HTTP bind address (POS_HTTP_HOST).")
    String httpHost;

    @Option(names = "--http-threads", defaultValue = "${env:POS_HTTP_THREADS:-200}", description = "Maximum HTTP worker threads (POS_HTTP_THREADS).")
    int httpThreads;

    @Option(names = "--data-dir", defaultValue = "${env:POS_DATA_DIR:-./data}", description = "Embedded database directory (POS_DATA_DIR).")
    Path dataDir;

    @Option(names = "--db-url", defaultValue = "${env:POS_DB_URL}", description = "JDBC URL of an external PostgreSQL (POS_DB_URL); none = embedded.")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:POS_DB_USER}", description = "Database user (POS_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:POS_DB_PASSWORD}", description = "Database password (POS_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--db-pool-size", defaultValue = "${env:POS_DB_POOL_SIZE:-0}", converter = PoolSizeConverter.class,
            description = "Connection pool size (POS_DB_POOL_SIZE); 0 = twice the processors, at least 4.")
    int dbPoolSize;

    @Option(names = "--db-pool-timeout", defaultValue = "${env:POS_DB_POOL_TIMEOUT:-PT10S}", converter = DurationConverter.class,
            description = "Longest wait for a pooled connection (POS_DB_POOL_TIMEOUT).")
    Duration dbPoolTimeout;

    @Option(names = "--embedded-db-port", defaultValue = "${env:POS_EMBEDDED_DB_PORT:-0}", description = "Port of the embedded database; 0 = any free port (POS_EMBEDDED_DB_PORT).")
    int embeddedDbPort;

    @Option(names = "--reservation-ttl", defaultValue = "${env:POS_RESERVATION_TTL:-PT30M}", converter = DurationConverter.class,
            description = "How long a hold lives without activity on its sale (POS_RESERVATION_TTL).")
    Duration reservationTtl;

    @Option(names = "--expiry-sweep-interval", defaultValue = "${env:POS_EXPIRY_SWEEP_INTERVAL:-PT1M}", converter = DurationConverter.class,
            description = "How often expired holds are swept (POS_EXPIRY_SWEEP_INTERVAL).")
    Duration expirySweepInterval;

    @Option(names = "--expiry-sweep-batch", defaultValue = "${env:POS_EXPIRY_SWEEP_BATCH:-500}", description = "Holds per sweep batch (POS_EXPIRY_SWEEP_BATCH).")
    int expirySweepBatch;

    @Option(names = "--draft-max-age", defaultValue = "${env:POS_DRAFT_MAX_AGE:-off}", converter = OptionalDurationConverter.class,
            description = "Abandon drafts untouched this long; off by default (POS_DRAFT_MAX_AGE).")
    Duration draftMaxAge;

    @Option(names = "--session-max-age", defaultValue = "${env:POS_SESSION_MAX_AGE:-PT24H}", converter = DurationConverter.class,
            description = "A till session OPEN longer than this is listed as stale; it never closes itself (POS_SESSION_MAX_AGE).")
    Duration sessionMaxAge;

    @Option(names = "--require-open-session", defaultValue = "${env:POS_REQUIRE_OPEN_SESSION:-false}",
            description = "Checkouts, payments and refunds need an OPEN till session, named or the caller's own "
                    + "(POS_REQUIRE_OPEN_SESSION).")
    boolean requireOpenSession;

    @Option(names = "--idempotency-retention", defaultValue = "${env:POS_IDEMPOTENCY_RETENTION:-PT24H}", converter = DurationConverter.class,
            description = "How long Idempotency-Key answers are kept (POS_IDEMPOTENCY_RETENTION).")
    Duration idempotencyRetention;

    @Option(names = "--receipt-secret", defaultValue = "${env:POS_RECEIPT_SECRET}", description = "Secret that signs receipt links; generated and kept in the database when unset (POS_RECEIPT_SECRET).")
    String receiptSecret;

    @Option(names = "--receipt-link-ttl", defaultValue = "${env:POS_RECEIPT_LINK_TTL:-PT24H}", converter = DurationConverter.class,
            description = "How long a signed receipt link works (POS_RECEIPT_LINK_TTL).")
    Duration receiptLinkTtl;

    @Option(names = "--export-link-ttl", defaultValue = "${env:POS_EXPORT_LINK_TTL:-PT5M}", converter = DurationConverter.class,
            description = "How long a signed sales export link works (POS_EXPORT_LINK_TTL).")
    Duration exportLinkTtl;

    @Option(names = "--export-statement-timeout", defaultValue = "${env:POS_EXPORT_STATEMENT_TIMEOUT:-PT60S}", converter = DurationConverter.class,
            description = "Longest a single statement of a sales export may run (POS_EXPORT_STATEMENT_TIMEOUT).")
    Duration exportStatementTimeout;

    @Option(names = "--password-iterations", defaultValue = "${env:POS_PASSWORD_ITERATIONS:-210000}", description = "PBKDF2 iterations for new passwords (POS_PASSWORD_ITERATIONS).")
    int passwordIterations;

    @Option(names = "--token-idle-timeout", defaultValue = "${env:POS_TOKEN_IDLE_TIMEOUT:-PT12H}", converter = IdleTimeoutConverter.class,
            description = "An API token unused this long stops working; at least PT5M (POS_TOKEN_IDLE_TIMEOUT).")
    Duration tokenIdleTimeout;

    @Option(names = "--token-max-age", defaultValue = "${env:POS_TOKEN_MAX_AGE:-P30D}", converter = DurationConverter.class,
            description = "An API token stops working this long after login, however often used (POS_TOKEN_MAX_AGE).")
    Duration tokenMaxAge;

    @Option(names = "--cors-origins", defaultValue = "${env:POS_CORS_ORIGINS:-}", description = "Comma-separated origins allowed by CORS; empty = CORS off (POS_CORS_ORIGINS).")
    String corsOrigins;

    @Option(names = "--trusted-proxies", defaultValue = "${env:POS_TRUSTED_PROXIES:-}", description = "Comma-separated proxy addresses whose X-Forwarded-For is believed (POS_TRUSTED_PROXIES).")
    String trustedProxies;

    @Option(names = "--shutdown-timeout", defaultValue = "${env:POS_SHUTDOWN_TIMEOUT:-PT10S}", converter = DurationConverter.class,
            description = "Longest wait for requests in flight on shutdown (POS_SHUTDOWN_TIMEOUT).")
    Duration shutdownTimeout;

    @Option(names = "--log-format", defaultValue = "${env:POS_LOG_FORMAT:-text}", description = "text or json (POS_LOG_FORMAT).")
    String logFormat;

    @Option(names = "--demo", defaultValue = "${env:POS_DEMO:-false}", fallbackValue = "true", arity = "0..1",
            description = "Load the demo business and print its logins (POS_DEMO). Not for production.")
    boolean demo;

    /** Settings for tests and embedding: all defaults, no environment. */
    public static Settings defaults() {
        Settings s = new Settings();
        s.httpPort = 8000;
        s.httpHost = "0.0.0.0";
        s.httpThreads = 200;
        s.dataDir = Path.of("./data");
        s.dbPoolSize = 0;
        s.dbPoolTimeout = Duration.ofSeconds(10);
        s.reservationTtl = Duration.ofMinutes(30);
        s.expirySweepInterval = Duration.ofMinutes(1);
        s.expirySweepBatch = 500;
        s.idempotencyRetention = Duration.ofHours(24);
        s.receiptLinkTtl = Duration.ofHours(24);
        s.exportLinkTtl = Duration.ofMinutes(5);
        s.exportStatementTimeout = Duration.ofSeconds(60);
        s.passwordIterations = 210_000;
        s.tokenIdleTimeout = Duration.ofHours(12);
        s.tokenMaxAge = Duration.ofDays(30);
        s.corsOrigins = "";
        s.trustedProxies = "";
        s.shutdownTimeout = Duration.ofSeconds(10);
        s.logFormat = "text";
        s.sessionMaxAge = Duration.ofHours(24);
        return s;
    }

    public boolean usesEmbeddedDatabase() {
        return dbUrl == null || dbUrl.isBlank();
    }

    public Set<String> corsOriginSet() {
        return list(corsOrigins);
    }

    public Set<String> trustedProxySet() {
        return list(trustedProxies);
    }

    private static Set<String> list(String csv) {
        Set<String> set = new LinkedHashSet<>();
        if (csv != null) {
            Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(set::add);
        }
        return set;
    }

    // Fluent setters for tests and the embedding guide.
    public Settings httpPort(int port) { this.httpPort = port; return this; }
    public Settings dataDir(Path dir) { this.dataDir = dir; return this; }
    public Settings database(String url, String user, String password) { this.dbUrl = url; this.dbUser = user; this.dbPassword = password; return this; }
    public Settings passwordIterations(int n) { this.passwordIterations = n; return this; }
    public Settings reservationTtl(Duration ttl) { this.reservationTtl = ttl; return this; }
    public Settings expirySweepInterval(Duration d) { this.expirySweepInterval = d; return this; }
    public Settings draftMaxAge(Duration d) { this.draftMaxAge = d; return this; }
    public Settings requireOpenSession(boolean on) { this.requireOpenSession = on; return this; }
    public Settings dbPoolSize(int n) { this.dbPoolSize = n; return this; }

    /**
     * The connections the server's pool opens: {@code POS_DB_POOL_SIZE}, or when it is 0 (the default)
     * {@link #defaultPoolSize} of this machine's processors.
     */
    int dbPoolSize() {
        return dbPoolSize > 0 ? dbPoolSize : defaultPoolSize(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Twice the processors, at least 4: stock is taken by short guarded updates on a few hot rows, and PostgreSQL
     * does the most work with about that many transactions at once (on the 2-core bench machine pgbench sent 468-537
     * add_item transactions/s from 4 connections, 368-446 from 10 and 192-287 from 64; docs/performance.md). More
     * connections only move the queue from the pool, where waiting is cheap, onto the database's row locks.
     */
    static int defaultPoolSize(int processors) {
        return Math.max(4, 2 * processors);
    }
    public Settings demo(boolean on) { this.demo = on; return this; }
    public Settings corsOrigins(String csv) { this.corsOrigins = csv; return this; }
    public Settings trustedProxies(String csv) { this.trustedProxies = csv; return this; }
    public Settings tokenIdleTimeout(Duration d) { this.tokenIdleTimeout = new IdleTimeoutConverter().check(d); return this; }
    public Settings tokenMaxAge(Duration d) { this.tokenMaxAge = d; return this; }
    public Settings exportLinkTtl(Duration d) { this.exportLinkTtl = d; return this; }

    /** A pool size: 0 (automatic, see {@link #defaultPoolSize}) or a positive number of connections. */
    public static final class PoolSizeConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw new IllegalArgumentException("must be 0 (automatic) or positive: " + value);
            }
            return n;
        }
    }

    /** Parses ISO-8601 durations. */
    public static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d = Duration.parse(value);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("must be positive: " + value);
            }
            return d;
        }
    }

    /** The token idle timeout: an ISO-8601 duration of at least five minutes. */
    public static final class IdleTimeoutConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return check(new DurationConverter().convert(value));
        }

        Duration check(Duration d) {
            if (d.compareTo(Duration.ofMinutes(5)) < 0) {
                throw new IllegalArgumentException("must be at least PT5M: " + d);
            }
            return d;
        }
    }

    /** An ISO-8601 duration, or {@code off} for none. */
    public static final class OptionalDurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            if (value == null || value.isBlank() || value.equalsIgnoreCase("off")) {
                return null;
            }
            return new DurationConverter().convert(value);
        }
    }
}
