package io.salescore.bootstrap;

import io.salescore.adapter.http.HttpApi;
import io.salescore.adapter.http.account.AccountRoutes;
import io.salescore.adapter.http.account.StaffRoutes;
import io.salescore.adapter.http.customer.CustomerRoutes;
import io.salescore.adapter.persistence.account.JdbiAccountRepository;
import io.salescore.adapter.persistence.audit.JdbiAuditLogRepository;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.customer.JdbiCustomerRepository;
import io.salescore.application.account.AuthenticateService;
import io.salescore.application.account.CreateStaffService;
import io.salescore.application.account.DeactivateStaffService;
import io.salescore.application.account.GetProfileService;
import io.salescore.application.account.GetStaffService;
import io.salescore.application.account.ListStaffService;
import io.salescore.application.account.LoginService;
import io.salescore.application.account.LogoutService;
import io.salescore.application.account.PasswordHasher;
import io.salescore.application.account.RegisterService;
import io.salescore.application.account.UpdateStaffService;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.TimeOrderedIdGenerator;
import io.salescore.application.customer.CreateCustomerService;
import io.salescore.application.customer.DeactivateCustomerService;
import io.salescore.application.customer.GetCustomerService;
import io.salescore.application.customer.ListCustomersService;
import io.salescore.application.customer.UpdateCustomerService;
import io.salescore.application.ops.CheckReadinessService;
import io.salescore.application.ops.SweeperStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * The running service, wired by hand from top to bottom: database, repositories, use cases, HTTP.
 * Nothing here is magic: to find what serves a route, read the routes' constructor arguments below.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final Database database;
    private final PasswordHasher hasher;
    private final HttpApi http;
    final Services services;
    final PeopleServices people;

    /** The use cases, for commands, the demo loader and tests. */
    record Services(RegisterService register, LoginService login, AuthenticateService authenticate) {
    }

    /** The customer and staff use cases the demo loader needs. */
    record PeopleServices(CreateCustomerService createCustomer, CreateStaffService createStaff) {
    }

    private Application(Settings settings, Clock clock, Database database) {
        this.database = database;
        database.postgres().migrate();

        IdGenerator ids = new TimeOrderedIdGenerator(clock);
        JdbiUnitOfWork tx = new JdbiUnitOfWork(database.postgres().jdbi());
        var accounts = new JdbiAccountRepository(tx);
        var customers = new JdbiCustomerRepository(tx);
        var audit = new JdbiAuditLogRepository(tx, ids::newId);
        SweeperStatus sweeperStatus = new SweeperStatus();
        this.hasher = new PasswordHasher(settings.passwordIterations);

        var register = new RegisterService(tx, accounts, customers, hasher, ids, clock);
        var login = new LoginService(tx, accounts, hasher, clock);
        var logout = new LogoutService(tx, accounts, clock);
        var authenticate = new AuthenticateService(tx, accounts);
        var profile = new GetProfileService(tx, accounts);
        var readiness = new CheckReadinessService(database.postgres()::isUp, sweeperStatus);
        this.services = new Services(register, login, authenticate);

        // ---- people: customers and staff ----------------------------------------------------------------------
        var createCustomer = new CreateCustomerService(tx, customers, audit, ids, clock);
        var customerRoutes = new CustomerRoutes(new ListCustomersService(tx, customers),
                new GetCustomerService(tx, customers), createCustomer,
                new UpdateCustomerService(tx, customers, audit, clock),
                new DeactivateCustomerService(tx, customers, audit, clock));
        var createStaff = new CreateStaffService(tx, accounts, hasher, ids, clock);
        var staffRoutes = new StaffRoutes(new ListStaffService(tx, accounts), new GetStaffService(tx, accounts),
                createStaff, new UpdateStaffService(tx, accounts, hasher, clock),
                new DeactivateStaffService(tx, accounts, clock));
        this.people = new PeopleServices(createCustomer, createStaff);
        // ---- end of people -------------------------------------------------------------------------------------

        this.http = new HttpApi(
                new HttpApi.Settings(settings.httpHost, settings.httpPort, settings.corsOriginSet(),
                        settings.trustedProxySet(), settings.httpThreads, settings.shutdownTimeout),
                authenticate, readiness,
                List.of(new AccountRoutes(register, login, logout, profile),
                        customerRoutes, staffRoutes),
                null);
    }

    /** Starts the database (embedded unless configured), migrates it and starts HTTP. */
    public static Application start(Settings settings, Clock clock, boolean durableEmbeddedDatabase) {
        Database database = Database.forServer(settings, durableEmbeddedDatabase);
        try {
            Application app = new Application(settings, clock, database);
            app.http.start();
            return app;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public int httpPort() {
        return http.port();
    }

    public HttpApi http() {
        return http;
    }

    public io.salescore.adapter.persistence.common.PostgresDatabase database() {
        return database.postgres();
    }

    @Override
    public void close() {
        LOG.info("Stopping: HTTP first, then the pool and the database");
        http.stop();
        hasher.close();
        database.close();
    }
}
