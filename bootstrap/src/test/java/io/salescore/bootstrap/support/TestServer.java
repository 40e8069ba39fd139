package io.salescore.bootstrap.support;

import io.salescore.application.testing.MutableClock;
import io.salescore.bootstrap.Application;
import io.salescore.bootstrap.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real application for end-to-end tests: one per test JVM, on its own embedded PostgreSQL (durability off for
 * speed), on a free port, with a clock tests can move. Tests isolate themselves by registering their own business.
 */
public final class TestServer {

    private static TestServer instance;

    private final Application app;
    private final MutableClock clock;
    private final Path dataDir;
    private final StatementCounter statements;

    private TestServer(Application app, MutableClock clock, Path dataDir) {
        this.app = app;
        this.clock = clock;
        this.dataDir = dataDir;
        this.statements = StatementCounter.installOn(app.database().jdbi());
    }

    /** The SQL statements the server sends, for statement-budget tests. */
    public StatementCounter statements() {
        return statements;
    }

    public static synchronized TestServer get() {
        if (instance == null) {
            // Build the OpenAPI validator (about 2 s) while the database and the server start.
            Thread contract = new Thread(OpenApiContract::get, "openapi-contract");
            contract.setDaemon(true);
            contract.start();
            try {
                Path dir = Files.createTempDirectory("salescore-test");
                MutableClock clock = new MutableClock();
                Settings settings = Settings.defaults().httpPort(0).dataDir(dir).passwordIterations(1000)
                        .dbPoolSize(20);
                Application app = Application.start(settings, clock, false);
                instance = new TestServer(app, clock, dir);
                Runtime.getRuntime().addShutdownHook(new Thread(app::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String baseUrl() {
        return "http://localhost:" + app.httpPort();
    }

    public MutableClock clock() {
        return clock;
    }

    public Application app() {
        return app;
    }

    public Path dataDir() {
        return dataDir;
    }

    public ApiClient anonymous() {
        return new ApiClient(baseUrl(), null);
    }

    /**
     * Another server instance on this server's database (as a second node behind a load balancer would be), on a
     * free port, with the same clock. The caller closes it.
     */
    public Application startSecondInstance() {
        Settings settings = Settings.defaults().httpPort(0).dataDir(dataDir).passwordIterations(1000).dbPoolSize(20)
                .database(app.database().dataSource().getJdbcUrl(), "postgres", null);
        return Application.start(settings, clock, false);
    }

    /**
     * Another instance on this server's database with its own clock and settings (the caller closes it). Its
     * sweeper never runs on its own (its clock may be far ahead of the other instances').
     */
    public Application startInstance(java.time.Clock ownClock, java.util.function.UnaryOperator<Settings> tune) {
        Settings settings = Settings.defaults().httpPort(0).dataDir(dataDir).passwordIterations(1000).dbPoolSize(4)
                .expirySweepInterval(java.time.Duration.ofDays(1))
                .database(app.database().dataSource().getJdbcUrl(), "postgres", null);
        return Application.start(tune.apply(settings), ownClock, false);
    }
}
