package io.salescore.examples.embedding;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.sale.port.out.SaleFilter;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.out.SaleView;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.sale.Payment;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@link SaleRepository} over one table of sale rows: the header ({@link Sale.State}), the lines and the payments,
 * written separately as the port's methods say (the header by {@link #update}, lines by {@link #insertLine} and
 * friends), so that a service which forgot a write would be caught here as it would be in SQL. Views are built
 * the way the SQL adapter joins them: names from the catalogue and customers, each line's newest hold.
 */
public final class InMemorySaleRepository implements SaleRepository {

    /** A stored sale. {@code receipt} holds the names frozen at completion (null before). */
    record SaleRow(Sale.State header, List<SaleLine> lines, List<Payment> payments, SaleView.Receipt receipt) {

        SaleRow {
            lines = List.copyOf(lines);
            payments = List.copyOf(payments);
        }

        SaleRow withHeader(Sale.State newHeader) {
            return new SaleRow(newHeader, lines, payments, receipt);
        }

        SaleRow withLines(Function<List<SaleLine>, List<SaleLine>> change) {
            return new SaleRow(header, change.apply(new ArrayList<>(lines)), payments, receipt);
        }
    }

    private final Table<SaleId, SaleRow> sales;
    private final InMemoryCatalog catalog;
    private final InMemoryCustomerRepository customers;
    private final InMemoryReservationRepository reservations;

    public InMemorySaleRepository(InMemoryUnitOfWork tx, InMemoryCatalog catalog,
                                  InMemoryCustomerRepository customers, InMemoryReservationRepository reservations) {
        this.sales = tx.newTable("sale");
        this.catalog = catalog;
        this.customers = customers;
        this.reservations = reservations;
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    /** The unit of work's lock already keeps every other use case out; a real adapter locks the sale row here. */
    @Override
    public Optional<SaleView> lockForUpdate(BusinessId business, SaleId sale) {
        return find(business, sale);
    }

    @Override
    public Optional<SaleView> lockForUpdateByLine(BusinessId business, SaleItemId line) {
        return ofBusiness(business).filter(r -> r.lines().stream().anyMatch(l -> l.id().equals(line)))
                .findFirst().map(this::view);
    }

    @Override
    public Optional<SaleView> find(BusinessId business, SaleId sale) {
        return sales.find(sale).filter(r -> r.header().businessId().equals(business)).map(this::view);
    }

    @Override
    public Optional<SaleView> findAnywhere(SaleId sale) {
        return sales.find(sale).map(this::view);
    }

    @Override
    public Page<SaleView> list(SaleFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("The embedding example does not list sales "
                + "(ListSalesUseCase is not wired); a real adapter implements the filter and paging");
    }

    @Override
    public List<SaleRef> lockStaleDrafts(Instant olderThan, int limit) {
        throw new UnsupportedOperationException("The embedding example runs no stale-draft job "
                + "(AbandonStaleDraftsService is not wired)");
    }

    // ---- writes ---------------------------------------------------------------------------------------------

    @Override
    public void insert(Sale sale) {
        if (sales.find(sale.id()).isPresent()) {
            throw new IllegalStateException("Sale " + sale.id() + " exists already");
        }
        sales.put(sale.id(), new SaleRow(sale.state(), sale.lines(), sale.payments(), null));
    }

    @Override
    public void update(Sale sale) {
        sales.put(sale.id(), stored(sale).withHeader(sale.state()));
    }

    @Override
    public void updateCompleted(Sale sale, List<Payment> payments, String cashierName) {
        insertPayments(sale, payments);
        Customer customer = customers.findById(sale.businessId(), sale.customerId()).orElseThrow();
        SaleView.Receipt receipt = new SaleView.Receipt(customer.name(), customer.state().phone(), cashierName);
        SaleRow row = stored(sale);
        sales.put(sale.id(), new SaleRow(sale.state(), row.lines(), row.payments(), receipt));
    }

    @Override
    public void insertLine(Sale sale, SaleLine line) {
        sales.put(sale.id(), stored(sale).withLines(lines -> {
            lines.add(line);
            return lines;
        }));
    }

    @Override
    public void updateLines(Sale sale, List<SaleLine> changed) {
        Map<SaleItemId, SaleLine> byId = new HashMap<>();
        changed.forEach(l -> byId.put(l.id(), l));
        sales.put(sale.id(), stored(sale).withLines(lines -> lines.stream()
                .map(l -> byId.getOrDefault(l.id(), l)).toList()));
    }

    @Override
    public void deleteLine(Sale sale, SaleItemId line) {
        sales.put(sale.id(), stored(sale).withLines(lines -> lines.stream()
                .filter(l -> !l.id().equals(line)).toList()));
    }

    @Override
    public void insertPayments(Sale sale, List<Payment> payments) {
        SaleRow row = stored(sale);
        List<Payment> all = new ArrayList<>(row.payments());
        all.addAll(payments);
        sales.put(sale.id(), new SaleRow(row.header(), row.lines(), all, row.receipt()));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private SaleRow stored(Sale sale) {
        return sales.find(sale.id()).filter(r -> r.header().businessId().equals(sale.businessId()))
                .orElseThrow(() -> new IllegalStateException("Sale " + sale.id() + " was never inserted"));
    }

    private Stream<SaleRow> ofBusiness(BusinessId business) {
        return sales.rows().filter(r -> r.header().businessId().equals(business));
    }

    /** The sale as shown: the aggregate through its load factory, with the names and holds that go with it. */
    private SaleView view(SaleRow row) {
        Sale.State h = row.header();
        var storefront = catalog.storefront(h.businessId(), h.storefrontId()).orElseThrow();
        String customerName = customers.findById(h.businessId(), h.customerId()).orElseThrow().name();
        return new SaleView(Sale.restore(h, row.lines(), row.payments()), storefront.name(), storefront.code(),
                catalog.staffName(h.userId()), customerName, reservations.newestHoldPerLine(h.businessId(), h.id()),
                row.receipt(), catalog.business(h.businessId()).name());
    }
}
