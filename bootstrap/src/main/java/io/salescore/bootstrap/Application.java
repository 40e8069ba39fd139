package io.salescore.bootstrap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.salescore.adapter.http.HttpApi;
import io.salescore.adapter.http.ops.HttpMetrics;
import io.salescore.adapter.http.Routes;
import io.salescore.adapter.http.account.AccountRoutes;
import io.salescore.adapter.http.account.CredentialRoutes;
import io.salescore.adapter.http.account.StaffRoutes;
import io.salescore.adapter.http.customer.CreditLedgerRoutes;
import io.salescore.adapter.http.customer.CustomerRoutes;
import io.salescore.adapter.http.docs.DocsRoutes;
import io.salescore.adapter.http.till.TillPageRoutes;
import io.salescore.adapter.http.inventory.AvailabilityRoutes;
import io.salescore.adapter.http.audit.AuditLogRoutes;
import io.salescore.adapter.http.sale.ReceiptRoutes;
import io.salescore.adapter.http.sale.SaleLineRoutes;
import io.salescore.adapter.http.sale.SaleRoutes;
import io.salescore.adapter.persistence.common.JdbiAppSettings;
import io.salescore.application.account.Tokens;
import io.salescore.application.audit.ReadAuditLogService;
import io.salescore.adapter.persistence.idempotency.JdbiIdempotencyRepository;
import io.salescore.application.idempotency.PurgeIdempotencyKeysService;
import io.salescore.application.idempotency.RunIdempotentlyService;
import io.salescore.application.inventory.ReleaseExpiredService;
import io.salescore.application.sale.AbandonStaleDraftsService;
import io.salescore.application.sale.GetReceiptService;
import io.salescore.application.sale.ReceiptLinks;
import io.salescore.application.sale.RecordPaymentService;
import io.salescore.application.sale.UpdateSaleCustomerService;
import io.salescore.domain.access.Actor;
import io.salescore.adapter.persistence.inventory.JdbiAvailabilityQuery;
import io.salescore.adapter.persistence.inventory.JdbiReservationRepository;
import io.salescore.adapter.persistence.sale.JdbiReceiptCounter;
import io.salescore.adapter.persistence.sale.JdbiSaleCatalog;
import io.salescore.adapter.persistence.sale.JdbiSaleRepository;
import io.salescore.application.inventory.GetAvailabilityService;
import io.salescore.application.sale.AbandonSaleService;
import io.salescore.application.sale.AddItemService;
import io.salescore.application.sale.CompleteSaleService;
import io.salescore.application.sale.CreateSaleService;
import io.salescore.application.sale.GetSaleService;
import io.salescore.application.sale.ListSaleReservationsService;
import io.salescore.application.sale.ReleaseReservationService;
import io.salescore.application.sale.RemoveSaleItemService;
import io.salescore.application.sale.ReservationPolicy;
import io.salescore.application.sale.ToggleSaleTypeService;
import io.salescore.application.sale.UpdateSaleItemService;
import io.salescore.application.sale.UpdateSaleService;
import io.salescore.adapter.http.catalog.ProductRoutes;
import io.salescore.adapter.http.catalog.StockProductRoutes;
import io.salescore.adapter.http.catalog.WarehouseRoutes;
import io.salescore.adapter.http.inventory.SaleCatalogRoutes;
import io.salescore.adapter.http.inventory.StockRoutes;
import io.salescore.adapter.http.inventory.StorefrontRoutes;
import io.salescore.adapter.persistence.account.JdbiAccountRepository;
import io.salescore.adapter.persistence.audit.JdbiAuditLogRepository;
import io.salescore.adapter.persistence.catalog.JdbiProductRepository;
import io.salescore.adapter.persistence.catalog.JdbiStockProductRepository;
import io.salescore.adapter.persistence.catalog.JdbiWarehouseRepository;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.customer.JdbiCreditLedger;
import io.salescore.adapter.persistence.customer.JdbiCustomerRepository;
import io.salescore.adapter.persistence.inventory.JdbiStockRepository;
import io.salescore.adapter.persistence.inventory.JdbiStorefrontRepository;
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
import io.salescore.application.account.ChangePasswordService;
import io.salescore.application.account.PurgeCredentialsService;
import io.salescore.application.account.TokenLifetimes;
import io.salescore.application.account.TokenService;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.TimeOrderedIdGenerator;
import io.salescore.application.customer.CreateCustomerService;
import io.salescore.application.customer.DeactivateCustomerService;
import io.salescore.application.customer.GetCustomerService;
import io.salescore.application.customer.ListCreditTransactionsService;
import io.salescore.application.customer.ListCustomersService;
import io.salescore.application.customer.UpdateCustomerService;
import io.salescore.application.catalog.ProductService;
import io.salescore.application.catalog.StockProductService;
import io.salescore.application.catalog.WarehouseService;
import io.salescore.application.inventory.GetProductStockService;
import io.salescore.application.inventory.StockAdjustmentService;
import io.salescore.application.inventory.StockMovementService;
import io.salescore.application.inventory.StockTransferService;
import io.salescore.application.inventory.StorefrontInventoryService;
import io.salescore.application.inventory.StorefrontService;
import io.salescore.application.ops.CheckReadinessService;
import io.salescore.application.ops.SweeperStatus;
import io.salescore.adapter.http.business.BusinessRoutes;
import io.salescore.adapter.http.customer.CreditStatusRoutes;
import io.salescore.adapter.http.inventory.BarcodeRoutes;
import io.salescore.adapter.http.sale.RefundRoutes;
import io.salescore.adapter.http.sale.SalesReportRoutes;
import io.salescore.adapter.http.session.SessionRoutes;
import io.salescore.adapter.persistence.business.JdbiBusinessRepository;
import io.salescore.adapter.persistence.common.PostgresDatabase;
import io.salescore.adapter.persistence.customer.JdbiCreditStatusQuery;
import io.salescore.adapter.persistence.refund.JdbiRefundRepository;
import io.salescore.adapter.persistence.sale.JdbiSalesExportQuery;
import io.salescore.adapter.persistence.sale.JdbiSalesReportQuery;
import io.salescore.adapter.persistence.session.JdbiTillDrawers;
import io.salescore.adapter.persistence.session.JdbiTillSessionRepository;
import io.salescore.application.business.BusinessSettingsService;
import io.salescore.application.common.HmacSigner;
import io.salescore.application.customer.CreditStatusService;
import io.salescore.application.inventory.ProductByBarcodeService;
import io.salescore.application.refund.RefundQueryService;
import io.salescore.application.refund.RefundSaleService;
import io.salescore.application.sale.DrawerPolicy;
import io.salescore.application.sale.ExportLinks;
import io.salescore.application.sale.ExportSalesService;
import io.salescore.application.sale.SalesReportsService;
import io.salescore.application.session.TillSessionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
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
    private final Sweeper sweeper;
    final Services services;
    final PeopleServices people;
    final CatalogServices catalog;

    /** The use cases, for commands, the demo loader and tests. */
    record Services(RegisterService register, LoginService login, AuthenticateService authenticate,
                    ReleaseExpiredService releaseExpired) {
    }

    /** The customer and staff use cases the demo loader needs. */
    record PeopleServices(CreateCustomerService createCustomer, CreateStaffService createStaff) {
    }

    /** The catalogue and stock use cases the demo loader and tests drive directly. */
    record CatalogServices(StorefrontService storefronts, WarehouseService warehouses, ProductService products,
                           StockProductService stockProducts, StockTransferService transfers) {
    }

    private Application(Settings settings, Clock realClock, Database database, HttpMetrics metrics) {
        this.database = database;
        // PostgreSQL keeps microseconds: stamp everything in microseconds so answers match later reads.
        Clock clock = new MicrosecondClock(realClock);
        database.postgres().migrate();

        IdGenerator ids = new TimeOrderedIdGenerator(clock);
        JdbiUnitOfWork tx = new JdbiUnitOfWork(database.postgres().jdbi());
        var accounts = new JdbiAccountRepository(tx);
        var customers = new JdbiCustomerRepository(tx);
        var audit = new JdbiAuditLogRepository(tx, ids::newId);
        SweeperStatus sweeperStatus = new SweeperStatus(settings.expirySweepInterval);
        this.hasher = new PasswordHasher(settings.passwordIterations);

        var register = new RegisterService(tx, accounts, accounts, accounts, customers, hasher, ids, clock);
        var login = new LoginService(tx, accounts, accounts, accounts, hasher, clock);
        var logout = new LogoutService(tx, accounts, clock);
        var tokenLifetimes = new TokenLifetimes(settings.tokenIdleTimeout, settings.tokenMaxAge);
        var authenticate = new AuthenticateService(tx, accounts, tokenLifetimes, clock);
        var profile = new GetProfileService(tx, accounts);
        var readiness = new CheckReadinessService(database.postgres()::isUp, sweeperStatus, clock);

        // Sales and reservations
        var policy = new ReservationPolicy(settings.reservationTtl);
        var sales = new JdbiSaleRepository(tx);
        var saleCatalog = new JdbiSaleCatalog(tx);
        var reservations = new JdbiReservationRepository(tx, ids::newId);
        var getSale = new GetSaleService(tx, sales, saleCatalog);
        var drawers = new DrawerPolicy(
                new JdbiTillDrawers(tx), settings.requireOpenSession);
        var receiptCounter = new JdbiReceiptCounter(tx);
        var createSale = new CreateSaleService(tx, sales, saleCatalog, audit, ids, clock);
        var updateSale = new UpdateSaleService(tx, sales, saleCatalog, reservations, audit, policy, clock);
        var addItem = new AddItemService(tx, sales, saleCatalog, reservations, audit, policy, ids, clock);
        var updateItem = new UpdateSaleItemService(tx, sales, saleCatalog, reservations, audit, policy, ids, clock);
        var removeItem = new RemoveSaleItemService(tx, sales, reservations, audit, policy, clock);
        var releaseHold = new ReleaseReservationService(tx, sales, reservations, audit, policy, clock);
        var saleHolds = new ListSaleReservationsService(tx, sales, reservations, clock);
        var completeSale = new CompleteSaleService(tx, sales, reservations, customers, receiptCounter, audit, policy,
                ids, clock, saleCatalog, drawers);
        var abandonSale = new AbandonSaleService(tx, sales, reservations, audit, clock);
        var toggleType = new ToggleSaleTypeService(tx, sales, saleCatalog, reservations, audit, policy, clock);
        var updateCustomer = new UpdateSaleCustomerService(tx, sales, saleCatalog, reservations, audit, policy, clock);
        var recordPayment = new RecordPaymentService(tx, sales, customers, audit, ids, clock, drawers);
        var saleUseCases = new SaleRoutes.UseCases(createSale, getSale, getSale, updateSale, completeSale, abandonSale,
                toggleType, updateCustomer, recordPayment);
        var saleLineUseCases = new SaleLineRoutes.UseCases(addItem, updateItem, removeItem, releaseHold, saleHolds);
        String receiptSecret = settings.receiptSecret != null && !settings.receiptSecret.isBlank()
                ? settings.receiptSecret
                : new JdbiAppSettings(database.postgres().jdbi()).getOrCreate("receipt_secret", Tokens::newToken);
        var linkSigner = new HmacSigner(receiptSecret);
        var receiptLinks = new ReceiptLinks(linkSigner, settings.receiptLinkTtl, clock);
        var refundRepository = new JdbiRefundRepository(tx);
        var receipts = new GetReceiptService(tx, sales, saleCatalog, receiptLinks, refundRepository.notes());
        Function<Actor, ZoneId> businessZone = actor -> ZoneId.of(profile.profile(actor).business().timezone());
        var refundRoutes = new RefundRoutes(
                new RefundSaleService(tx, sales, refundRepository, customers,
                        saleCatalog, abandonSale, audit, ids, clock, settings.requireOpenSession),
                new RefundQueryService(tx, refundRepository, saleCatalog, receiptLinks),
                clock, view -> receiptLinks.pathFor(view.sale().id()),
                refund -> receiptLinks.pathForRefund(refund.id()), businessZone);
        var availability = new GetAvailabilityService(tx, new JdbiAvailabilityQuery(tx), clock);
        // Reports and export: the export reads on its own pool (two connections, a statement timeout).
        JdbiUnitOfWork exportTx = new JdbiUnitOfWork(database.exports(settings.exportStatementTimeout).jdbi());
        var salesReportRoutes = new SalesReportRoutes(
                new SalesReportsService(tx,
                        new JdbiSalesReportQuery(tx), saleCatalog),
                new ExportSalesService(tx, exportTx,
                        new JdbiSalesExportQuery(exportTx), saleCatalog,
                        accounts, audit, new ExportLinks(linkSigner,
                        settings.exportLinkTtl, clock), clock, 2),
                clock, businessZone);

        // Housekeeping: expired holds, stale drafts (when configured)
        var releaseExpired = new ReleaseExpiredService(tx, reservations, audit, sweeperStatus, clock,
                settings.expirySweepBatch, 20);
        List<Runnable> jobs = new java.util.ArrayList<>();
        if (settings.draftMaxAge != null) {
            var staleDrafts = new AbandonStaleDraftsService(tx, sales, reservations, audit, clock, settings.draftMaxAge,
                    settings.expirySweepBatch);
            jobs.add(staleDrafts::abandonStaleDrafts);
        }
        var idempotencyKeys = new JdbiIdempotencyRepository(tx);
        jobs.add(new PurgeIdempotencyKeysService(tx, idempotencyKeys, clock, settings.idempotencyRetention)::purge);
        jobs.add(new PurgeCredentialsService(tx, accounts, accounts, tokenLifetimes, clock)::purge);
        this.sweeper = new Sweeper(releaseExpired, jobs);
        Gauge.builder("pos_reservations_live", () -> database.postgres().liveHolds(clock.instant()))
                .description("Holds that are ACTIVE and not past their expiry").register(metrics.registry());
        FunctionCounter.builder("pos_reservations_expired", sweeperStatus, SweeperStatus::expiredTotal)
                .description("Holds expired by this instance's sweeper").register(metrics.registry());
        FunctionCounter.builder("pos_sweeper_failed_runs", sweeperStatus, SweeperStatus::failedRuns)
                .description("Sweeper runs that could not release the due holds of some stock").register(metrics.registry());
        FunctionCounter.builder("pos_sweeper_failed_stocks", sweeperStatus, SweeperStatus::failedStocks)
                .description("Stocks (storefront product) whose due holds a sweeper run could not release")
                .register(metrics.registry());
        Gauge.builder("pos_sweeper_last_run_seconds", sweeperStatus,
                        s -> s.last() == null ? Double.NaN : s.last().at().toEpochMilli() / 1000.0)
                .description("Unix time of the sweeper's last run").register(metrics.registry());
        this.services = new Services(register, login, authenticate, releaseExpired);


        // ---- people: customers and staff ----------------------------------------------------------------------
        var createCustomer = new CreateCustomerService(tx, customers, audit, ids, clock);
        var customerRoutes = new CustomerRoutes(new ListCustomersService(tx, customers),
                new GetCustomerService(tx, customers), createCustomer,
                new UpdateCustomerService(tx, customers, audit, clock),
                new DeactivateCustomerService(tx, customers, audit, clock));
        var creditLedgerRoutes = new CreditLedgerRoutes(new ListCreditTransactionsService(tx, customers,
                new JdbiCreditLedger(tx)));
        var createStaff = new CreateStaffService(tx, accounts, audit, hasher, ids, clock);
        var staffRoutes = new StaffRoutes(new ListStaffService(tx, accounts), new GetStaffService(tx, accounts),
                createStaff, new UpdateStaffService(tx, accounts, audit, hasher, clock),
                new DeactivateStaffService(tx, accounts, audit, clock));
        this.people = new PeopleServices(createCustomer, createStaff);
        var credentialRoutes = new CredentialRoutes(
                new ChangePasswordService(tx, accounts, accounts, audit, hasher, clock),
                new TokenService(tx, accounts, accounts, audit, tokenLifetimes, clock));
        // ---- end of people -------------------------------------------------------------------------------------

        // ---- Catalogue and stock: storefronts, warehouses, products, batches, transfers, adjustments, ledger ----
        var storefronts = new JdbiStorefrontRepository(tx);
        var products = new JdbiProductRepository(tx);
        var warehouses = new JdbiWarehouseRepository(tx);
        var batches = new JdbiStockProductRepository(tx);
        var stock = new JdbiStockRepository(tx);
        this.catalog = new CatalogServices(new StorefrontService(tx, storefronts, audit, ids, clock),
                new WarehouseService(tx, warehouses, audit, ids, clock),
                new ProductService(tx, products, audit, ids, clock),
                new StockProductService(tx, batches, products, warehouses, audit, ids, clock),
                new StockTransferService(tx, batches, products, storefronts, stock, audit, ids, clock));
        StorefrontInventoryService storefrontInventory = new StorefrontInventoryService(tx, storefronts, stock, clock);
        List<Routes> catalogRoutes = List.of(
                new BarcodeRoutes(
                        new ProductByBarcodeService(tx, stock, clock)),
                new StorefrontRoutes(catalog.storefronts()),
                new WarehouseRoutes(catalog.warehouses()), new ProductRoutes(catalog.products()),
                new StockProductRoutes(catalog.stockProducts()),
                new StockRoutes(new GetProductStockService(tx, products, batches, stock, clock), catalog.transfers(),
                        storefrontInventory,
                        new StockAdjustmentService(tx, storefronts, products, stock, reservations, audit, ids, clock),
                        new StockMovementService(tx, storefronts, stock)),
                new SaleCatalogRoutes(storefrontInventory));
        // ---- end of catalogue and stock ----

        this.http = new HttpApi(
                new HttpApi.Settings(settings.httpHost, settings.httpPort, settings.corsOriginSet(),
                        settings.trustedProxySet(), settings.httpThreads, settings.shutdownTimeout),
                authenticate, readiness, new RunIdempotentlyService(tx, idempotencyKeys, clock), metrics,
                Stream.concat(List.<Routes>of(new AccountRoutes(register, login, logout, profile),
                        salesReportRoutes, // before SaleRoutes: its fixed paths win over /sales/api/sales/{id}/
                        new SaleRoutes(saleUseCases, clock, view -> receiptLinks.pathFor(view.sale().id()), businessZone),
                        new SaleLineRoutes(saleLineUseCases, clock),
                        new ReceiptRoutes(receipts), refundRoutes,
                        new SessionRoutes(new TillSessionService(tx, new JdbiTillSessionRepository(tx), storefronts,
                                new JdbiBusinessRepository(tx), audit, ids, clock, settings.sessionMaxAge), businessZone),
                        new AuditLogRoutes(new ReadAuditLogService(tx, audit), businessZone),
                        new AvailabilityRoutes(availability),
                        customerRoutes, creditLedgerRoutes, new CreditStatusRoutes(
                                new CreditStatusService(tx,
                                        new JdbiCreditStatusQuery(tx),
                                        clock)),
                        staffRoutes, credentialRoutes, new DocsRoutes(), new TillPageRoutes(),
                        new BusinessRoutes(
                                new BusinessSettingsService(tx,
                                        new JdbiBusinessRepository(tx),
                                        audit, clock))).stream(), catalogRoutes.stream()).toList(),
                null);
        // One connection per authenticated request: the token lookup and the use case share it.
        http.scopeRequests(() -> tx.shareConnection()::close);
    }

    /** Starts the database (embedded unless configured), migrates it and starts HTTP. */
    public static Application start(Settings settings, Clock clock, boolean durableEmbeddedDatabase) {
        HttpMetrics metrics = new HttpMetrics();
        Database database = Database.forServer(settings, durableEmbeddedDatabase, metrics.registry());
        try {
            Application app = new Application(settings, clock, database, metrics);
            app.http.start();
            app.sweeper.start(settings.expirySweepInterval);
            return app;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Runs the housekeeping jobs once, now (tests, and the release-expired command's twin). */
    public void sweepNow() {
        sweeper.runOnce();
    }

    public int httpPort() {
        return http.port();
    }

    public HttpApi http() {
        return http;
    }

    public PostgresDatabase database() {
        return database.postgres();
    }

    @Override
    public void close() {
        LOG.info("Stopping: HTTP first (requests in flight finish), then the sweeper, the pool and the database");
        try {
            http.stop();
        } finally {
            try {
                sweeper.close();
                hasher.close();
            } finally {
                database.close();
            }
        }
    }
}
