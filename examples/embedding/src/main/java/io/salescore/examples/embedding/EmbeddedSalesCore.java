package io.salescore.examples.embedding;

import io.salescore.application.common.IdGenerator;
import io.salescore.application.common.TimeOrderedIdGenerator;
import io.salescore.application.customer.CreateCustomerService;
import io.salescore.application.customer.GetCustomerService;
import io.salescore.application.customer.port.in.CreateCustomerUseCase;
import io.salescore.application.customer.port.in.GetCustomerUseCase;
import io.salescore.application.sale.AbandonSaleService;
import io.salescore.application.sale.AddItemService;
import io.salescore.application.sale.CompleteSaleService;
import io.salescore.application.sale.CreateSaleService;
import io.salescore.application.sale.GetSaleService;
import io.salescore.application.sale.ListSaleReservationsService;
import io.salescore.application.sale.ReservationPolicy;
import io.salescore.application.sale.port.in.AbandonSaleUseCase;
import io.salescore.application.sale.port.in.AddItemUseCase;
import io.salescore.application.sale.port.in.CompleteSaleUseCase;
import io.salescore.application.sale.port.in.CreateSaleUseCase;
import io.salescore.application.sale.port.in.GetSaleUseCase;
import io.salescore.application.sale.port.in.ListSaleReservationsUseCase;

import java.time.Clock;
import java.time.Duration;

/**
 * The sales core embedded in a JVM program: the real application services, wired by hand with the in-memory
 * adapters of this package, exactly as {@code io.salescore.bootstrap.Application} wires them with PostgreSQL.
 * Callers see only the use case interfaces ({@code port.in}).
 */
public final class EmbeddedSalesCore {

    private final CreateSaleUseCase createSale;
    private final AddItemUseCase addItem;
    private final CompleteSaleUseCase completeSale;
    private final AbandonSaleUseCase abandonSale;
    private final GetSaleUseCase getSale;
    private final ListSaleReservationsUseCase saleReservations;
    private final CreateCustomerUseCase createCustomer;
    private final GetCustomerUseCase getCustomer;
    private final BackOffice backOffice;
    private final InMemoryAuditLog auditLog;

    /**
     * @param clock          the only source of "now" (hold expiry, receipt day, audit times): pass a clock you
     *                       can move in tests
     * @param reservationTtl how long a hold lives without activity on its sale ({@code POS_RESERVATION_TTL})
     */
    public EmbeddedSalesCore(Clock clock, Duration reservationTtl) {
        // Ports out: the adapters. Time and ids come through ports too.
        InMemoryUnitOfWork tx = new InMemoryUnitOfWork();
        IdGenerator ids = new TimeOrderedIdGenerator(clock);
        var customers = new InMemoryCustomerRepository(tx);
        var catalog = new InMemoryCatalog(tx, customers);
        var reservations = new InMemoryReservationRepository(tx, catalog, ids);
        var sales = new InMemorySaleRepository(tx, catalog, customers, reservations);
        var receipts = new InMemoryReceiptCounter(tx, catalog);
        var audit = new InMemoryAuditLog(tx, ids);
        var policy = new ReservationPolicy(reservationTtl);

        // Ports in: the use cases, the same constructors bootstrap calls.
        this.createSale = new CreateSaleService(tx, sales, catalog, audit, ids, clock);
        this.addItem = new AddItemService(tx, sales, catalog, reservations, audit, policy, ids, clock);
        this.completeSale = new CompleteSaleService(tx, sales, reservations, customers, receipts, audit, policy, ids,
                clock, catalog);
        this.abandonSale = new AbandonSaleService(tx, sales, reservations, audit, clock);
        this.getSale = new GetSaleService(tx, sales, catalog);
        this.saleReservations = new ListSaleReservationsService(tx, sales, reservations, clock);
        this.createCustomer = new CreateCustomerService(tx, customers, audit, ids, clock);
        this.getCustomer = new GetCustomerService(tx, customers);

        this.backOffice = new BackOffice(tx, catalog, customers, reservations, ids, clock);
        this.auditLog = audit;
    }

    /** Opens a DRAFT sale (a cart) in a storefront, for the walk-in customer unless one is named. */
    public CreateSaleUseCase createSale() {
        return createSale;
    }

    /** Adds a line and holds its stock, or refuses with INSUFFICIENT_STOCK. */
    public AddItemUseCase addItem() {
        return addItem;
    }

    /** Checkout: stock, payments, credit and the receipt number, in one transaction. */
    public CompleteSaleUseCase completeSale() {
        return completeSale;
    }

    /** Cancels a DRAFT sale and releases its live holds. */
    public AbandonSaleUseCase abandonSale() {
        return abandonSale;
    }

    /** Reads a sale with its lines, each line's newest hold and its payments. */
    public GetSaleUseCase getSale() {
        return getSale;
    }

    /** Every hold a sale ever had, with the status it has now. */
    public ListSaleReservationsUseCase saleReservations() {
        return saleReservations;
    }

    /** Adds a named customer (credit fields only for owners, admins and managers). */
    public CreateCustomerUseCase createCustomer() {
        return createCustomer;
    }

    /** Reads a customer, with the outstanding balance. */
    public GetCustomerUseCase getCustomer() {
        return getCustomer;
    }

    /** The example's master data and goods-in (what your own system already owns). */
    public BackOffice backOffice() {
        return backOffice;
    }

    /** The append-only audit log the use cases wrote. */
    public InMemoryAuditLog auditLog() {
        return auditLog;
    }
}
