package io.salescore.bootstrap;

import io.salescore.adapter.http.HttpApi;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.account.AccountRoutes;
import io.salescore.adapter.http.catalog.ProductRoutes;
import io.salescore.adapter.http.catalog.StockProductRoutes;
import io.salescore.adapter.http.catalog.WarehouseRoutes;
import io.salescore.adapter.http.inventory.StockRoutes;
import io.salescore.adapter.http.inventory.StorefrontRoutes;
import io.salescore.adapter.persistence.account.JdbiAccountRepository;
import io.salescore.adapter.persistence.audit.JdbiAuditLogRepository;
import io.salescore.adapter.persistence.catalog.JdbiProductRepository;
import io.salescore.adapter.persistence.catalog.JdbiStockProductRepository;
import io.salescore.adapter.persistence.catalog.JdbiWarehouseRepository;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.customer.JdbiCustomerRepository;
import io.salescore.adapter.persistence.inventory.JdbiReservationRepository;
import io.salescore.adapter.persistence.inventory.JdbiStockRepository;
import io.salescore.adapter.persistence.inventory.JdbiStorefrontRepository;
import io.salescore.application.account.AuthenticateService;
import io.salescore.application.account.GetProfileService;
import io.salescore.application.account.LoginService;
import io.salescore.application.account.LogoutService;
import io.salescore.application.account.PasswordHasher;
import io.salescore.application.account.RegisterService;
import io.salescore.application.catalog.ProductService;
import io.salescore.application.catalog.StockProductService;
import io.salescore.application.catalog.WarehouseService;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.TimeOrderedIdGenerator;
import io.salescore.application.inventory.GetProductStockService;
import io.salescore.application.inventory.StockAdjustmentService;
import io.salescore.application.inventory.StockMovementService;
import io.salescore.application.inventory.StockTransferService;
import io.salescore.application.inventory.StorefrontInventoryService;
import io.salescore.application.inventory.StorefrontService;
import io.salescore.application.ops.CheckReadinessService;
import io.salescore.application.ops.SweeperStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

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
    final CatalogServices catalog;

    /** The use cases, for commands, the demo loader and tests. */
    record Services(RegisterService register, LoginService login, AuthenticateService authenticate) {
    }

    /** The catalogue and stock use cases the demo loader and tests drive directly. */
    record CatalogServices(StorefrontService storefronts, WarehouseService warehouses, ProductService products,
                           StockProductService stockProducts, StockTransferService transfers) {
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

        // ---- Catalogue and stock: storefronts, warehouses, products, batches, transfers, adjustments, ledger ----
        // PostgreSQL keeps microseconds (rounding nanoseconds): stamp rows so that answers match later reads.
        Clock micros = Clock.tick(clock, Duration.ofNanos(1_000));
        var storefronts = new JdbiStorefrontRepository(tx);
        var products = new JdbiProductRepository(tx);
        var warehouses = new JdbiWarehouseRepository(tx);
        var batches = new JdbiStockProductRepository(tx);
        var stock = new JdbiStockRepository(tx);
        var reservations = new JdbiReservationRepository(tx);
        this.catalog = new CatalogServices(new StorefrontService(tx, storefronts, ids, micros),
                new WarehouseService(tx, warehouses, ids, micros), new ProductService(tx, products, ids, micros),
                new StockProductService(tx, batches, products, warehouses, ids, micros),
                new StockTransferService(tx, batches, products, storefronts, stock, audit, ids, micros));
        List<Routes> catalogRoutes = List.of(new StorefrontRoutes(catalog.storefronts()),
                new WarehouseRoutes(catalog.warehouses()), new ProductRoutes(catalog.products()),
                new StockProductRoutes(catalog.stockProducts()),
                new StockRoutes(new GetProductStockService(tx, products, batches, stock, micros), catalog.transfers(),
                        new StorefrontInventoryService(tx, storefronts, stock, micros),
                        new StockAdjustmentService(tx, storefronts, products, stock, reservations, audit, ids, micros),
                        new StockMovementService(tx, storefronts, stock)));
        // ---- end of catalogue and stock ----

        this.http = new HttpApi(
                new HttpApi.Settings(settings.httpHost, settings.httpPort, settings.corsOriginSet(),
                        settings.trustedProxySet(), settings.httpThreads, settings.shutdownTimeout),
                authenticate, readiness,
                Stream.of(List.<Routes>of(new AccountRoutes(register, login, logout, profile)), catalogRoutes)
                        .flatMap(List::stream).toList(),
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
