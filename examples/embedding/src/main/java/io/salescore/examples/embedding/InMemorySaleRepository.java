package io.salescore.examples.embedding;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.sale.port.SaleCriteria;
import io.salescore.application.sale.port.out.SaleFilter;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.sale.LineChanges;
import io.salescore.domain.sale.Payment;
import io.salescore.domain.sale.ReceiptNumber;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleEvent;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.sale.SaleTotals;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@link SaleRepository} over one table of sale rows: the header ({@link Sale.State}), the lines and the payments,
 * written only as the port's methods say (the header and the lines the recorded events name by {@link #update},
 * payments by {@link #insertPayments}), so that a service which forgot a write would be caught here as it would be
 * in SQL. Views are built the way the SQL adapter joins them: names from the catalogue and customers, each line's newest hold.
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

    /**
     * The filter applied row by row (the SQL adapter's {@code SaleCriteriaSql} in Java), newest first: by
     * {@code created_at}, then id in the order PostgreSQL sorts uuids (unsigned bytes, which is the order of
     * their lowercase text).
     */
    @Override
    public Page<SaleView> list(SaleFilter filter, PageRequest page) {
        List<SaleRow> matching = ofBusiness(filter.business()).filter(r -> matches(filter, r))
                .sorted(NEWEST_FIRST).toList();
        List<SaleView> items = matching.stream().skip(page.offset()).limit(page.size()).map(this::view).toList();
        return new Page<>(items, matching.size(), page);
    }

    private static final Comparator<SaleRow> NEWEST_FIRST = Comparator
            .comparing((SaleRow r) -> r.header().createdAt())
            .thenComparing(r -> r.header().id().value().toString())
            .reversed();

    /**
     * DRAFT sales of any business untouched since before {@code olderThan}, least recently touched first. The unit
     * of work's lock already keeps every other use case away from them (SQL: {@code FOR UPDATE SKIP LOCKED}).
     */
    @Override
    public List<SaleRef> lockStaleDrafts(Instant olderThan, int limit) {
        return sales.rows()
                .filter(r -> r.header().status() == SaleStatus.DRAFT && r.header().updatedAt().isBefore(olderThan))
                .sorted(Comparator.comparing((SaleRow r) -> r.header().updatedAt()))
                .limit(limit)
                .map(r -> new SaleRef(r.header().businessId(), r.header().id()))
                .toList();
    }

    private boolean matches(SaleFilter filter, SaleRow row) {
        Sale sale = Sale.restore(row.header(), row.lines(), row.payments());
        SaleCriteria c = filter.criteria();
        SaleTotals totals = sale.totals();
        BigDecimal total = totals.totalAmount().amount();
        BigDecimal due = totals.amountDue().amount();
        BigDecimal paid = totals.amountPaid().amount();
        SaleStatus status = sale.status();
        if (filter.visibleStorefronts().isPresent() && !filter.visibleStorefronts().get().contains(sale.storefrontId())) {
            return false;
        }
        if (!c.statuses().isEmpty() && !c.statuses().contains(status)) {
            return false;
        }
        if (!c.types().isEmpty() && !c.types().contains(sale.type())) {
            return false;
        }
        if (!c.paymentTypes().isEmpty() && !c.paymentTypes().contains(sale.paymentType())) {
            return false;
        }
        if (c.paymentStatus().isPresent()) {
            boolean settled = EnumSet.of(SaleStatus.COMPLETED, SaleStatus.PARTIAL, SaleStatus.PENDING,
                    SaleStatus.REFUNDED).contains(status);
            boolean fits = switch (c.paymentStatus().get()) {
                case UNPAID -> paid.signum() == 0 && due.signum() > 0;
                case PARTIAL -> paid.signum() > 0 && due.signum() > 0;
                case PAID -> due.signum() == 0;
            };
            if (!settled || !fits) {
                return false;
            }
        }
        if (c.outstanding().isPresent()) {
            boolean fits = c.outstanding().get() ? due.signum() > 0 && status != SaleStatus.DRAFT : due.signum() == 0;
            if (!fits) {
                return false;
            }
        }
        if (c.outstandingSince().isPresent() && !((status == SaleStatus.PENDING || status == SaleStatus.PARTIAL)
                && sale.completedAt().filter(t -> !t.isAfter(c.outstandingSince().get())).isPresent())) {
            return false;
        }
        if (!atLeast(due, c.minAmountDue()) || !atMost(due, c.maxAmountDue())
                || !atLeast(total, c.amountMin()) || !atMost(total, c.amountMax())) {
            return false;
        }
        if (c.amountAround().isPresent() && (total.compareTo(c.amountAround().get().subtract(AROUND)) < 0
                || total.compareTo(c.amountAround().get().add(AROUND)) > 0)) {
            return false;
        }
        if (c.storefront().filter(s -> !s.equals(sale.storefrontId())).isPresent()
                || c.customer().filter(x -> !x.equals(sale.customerId())).isPresent()
                || c.user().filter(u -> !u.equals(sale.userId())).isPresent()) {
            return false;
        }
        if (c.receiptNumber().isPresent()
                && !sale.receiptNumber().map(ReceiptNumber::value).equals(c.receiptNumber())) {
            return false;
        }
        if (c.from().filter(t -> sale.createdAt().isBefore(t)).isPresent()
                || c.to().filter(t -> sale.createdAt().isAfter(t)).isPresent()) {
            return false;
        }
        return c.search().isEmpty() || searchMatches(sale, c.search().get().toLowerCase(Locale.ROOT));
    }

    private static final BigDecimal AROUND = new BigDecimal("5.00");

    private static boolean atLeast(BigDecimal value, Optional<BigDecimal> bound) {
        return bound.isEmpty() || value.compareTo(bound.get()) >= 0;
    }

    private static boolean atMost(BigDecimal value, Optional<BigDecimal> bound) {
        return bound.isEmpty() || value.compareTo(bound.get()) <= 0;
    }

    /** Receipt number, customer name, or a line's product name or SKU contains the text, in any case. */
    private boolean searchMatches(Sale sale, String text) {
        String customer = customers.findById(sale.businessId(), sale.customerId()).map(Customer::name).orElse("");
        return sale.receiptNumber().map(n -> contains(n.value(), text)).orElse(false)
                || contains(customer, text)
                || sale.lines().stream().anyMatch(l -> contains(l.productName(), text) || contains(l.productSku(), text));
    }

    private static boolean contains(String value, String lowerText) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerText);
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
    public void update(Sale sale, List<SaleEvent> changes) {
        LineChanges lines = LineChanges.of(sale, changes);
        Map<SaleItemId, SaleLine> changed = new HashMap<>();
        lines.changed().forEach(l -> changed.put(l.id(), l));
        sales.put(sale.id(), stored(sale).withHeader(sale.state()).withLines(stored -> {
            List<SaleLine> next = new ArrayList<>();
            for (SaleLine line : stored) {
                if (!lines.removed().contains(line.id())) {
                    next.add(changed.getOrDefault(line.id(), line));
                }
            }
            next.addAll(lines.added());
            return next;
        }));
    }

    /** No till sessions here: the drawer is always empty. */
    @Override
    public Optional<Drawer> updateCompleted(Sale sale, List<Payment> payments, String cashierName, UserId completedBy,
                                            UUID session) {
        insertPayments(sale, payments, session);
        Customer customer = customers.findById(sale.businessId(), sale.customerId()).orElseThrow();
        SaleView.Receipt receipt = new SaleView.Receipt(customer.name(), customer.state().phone(), cashierName);
        SaleRow row = stored(sale);
        sales.put(sale.id(), new SaleRow(sale.state(), row.lines(), row.payments(), receipt));
        return Optional.empty();
    }

    /** No till sessions here: the drawer is always empty. */
    @Override
    public Optional<Drawer> insertPayments(Sale sale, List<Payment> payments, UUID session) {
        SaleRow row = stored(sale);
        List<Payment> all = new ArrayList<>(row.payments());
        all.addAll(payments);
        sales.put(sale.id(), new SaleRow(row.header(), row.lines(), all, row.receipt()));
        return Optional.empty();
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
