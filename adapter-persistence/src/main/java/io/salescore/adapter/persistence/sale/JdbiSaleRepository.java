package io.salescore.adapter.persistence.sale;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.sale.port.out.SaleFilter;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.sale.LineChanges;
import io.salescore.domain.sale.Payment;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleEvent;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleTotals;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sales in PostgreSQL. A lock is its own statement ({@code SELECT ... FOR UPDATE}) so that the read of the lines
 * that follows sees everything committed before the lock was granted (a joined read in the locking statement
 * would see the lines of its older snapshot).
 */
public final class JdbiSaleRepository implements SaleRepository {

    private final JdbiUnitOfWork tx;

    public JdbiSaleRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public Optional<SaleView> lockForUpdate(BusinessId business, SaleId sale) {
        boolean locked = tx.handle().createQuery("SELECT id FROM sale WHERE business_id = :b AND id = :id FOR UPDATE")
                .bind("b", business).bind("id", sale)
                .mapTo(UUID.class).findOne().isPresent();
        return locked ? find(business, sale) : Optional.empty();
    }

    @Override
    public Optional<SaleView> lockForUpdateByLine(BusinessId business, SaleItemId line) {
        Optional<UUID> sale = tx.handle().createQuery("""
                        SELECT s.id FROM sale s
                        WHERE s.business_id = :b
                          AND s.id = (SELECT l.sale_id FROM sale_item l WHERE l.business_id = :b AND l.id = :line)
                        FOR UPDATE OF s""")
                .bind("b", business).bind("line", line)
                .mapTo(UUID.class).findOne();
        if (sale.isEmpty()) {
            return Optional.empty();
        }
        // The line may have been deleted while we waited for the lock.
        return find(business, SaleId.of(sale.get())).filter(v -> v.sale().linesById().containsKey(line));
    }

    @Override
    public Optional<SaleView> find(BusinessId business, SaleId sale) {
        List<SaleView> views = load(business, List.of(sale.value()));
        return views.isEmpty() ? Optional.empty() : Optional.of(views.get(0));
    }

    @Override
    public Optional<SaleView> findAnywhere(SaleId sale) {
        return tx.handle().createQuery("SELECT business_id FROM sale WHERE id = :id")
                .bind("id", sale).mapTo(UUID.class).findOne()
                .flatMap(business -> find(BusinessId.of(business), sale));
    }

    private List<SaleView> load(BusinessId business, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SaleRows.Collector collector = new SaleRows.Collector();
        tx.handle().createQuery("SELECT " + SaleRows.COLUMNS + " " + SaleRows.FROM + """

                        WHERE s.business_id = :b AND s.id = ANY(:ids)
                        ORDER BY s.created_at DESC, s.id DESC, l.created_at, l.id""")
                .bind("b", business)
                .bind("ids", ids.toArray(UUID[]::new))
                .reduceResultSet(collector, (c, rs, ctx) -> {
                    c.add(rs);
                    return c;
                });
        List<UUID> withPayments = new ArrayList<>();
        collector.builders().forEach((id, b) -> {
            if (b.hasReceipt()) {
                withPayments.add(id);
            }
        });
        return collector.views(payments(business, withPayments));
    }

    private Map<UUID, List<Payment>> payments(BusinessId business, List<UUID> sales) {
        Map<UUID, List<Payment>> result = new HashMap<>();
        if (sales.isEmpty()) {
            return result;
        }
        tx.handle().createQuery("""
                        SELECT * FROM payment WHERE business_id = :b AND sale_id = ANY(:ids)
                        ORDER BY created_at, id""")
                .bind("b", business)
                .bind("ids", sales.toArray(UUID[]::new))
                .reduceResultSet(result, (map, rs, ctx) -> {
                    map.computeIfAbsent(Rows.uuid(rs, "sale_id"), k -> new ArrayList<>()).add(SaleRows.payment(rs));
                    return map;
                });
        return result;
    }

    @Override
    public Page<SaleView> list(SaleFilter filter, PageRequest page) {
        SaleCriteriaSql criteria = SaleCriteriaSql.of(filter, "s.created_at", false);
        Map<String, Object> binds = criteria.binds;
        String from = SaleCriteriaSql.FROM + " WHERE " + criteria.where;
        Query ids = tx.handle().createQuery("SELECT s.id, count(*) OVER () AS total" + from
                + " ORDER BY s.created_at DESC, s.id DESC LIMIT :limit OFFSET :offset");
        binds.forEach(ids::bind);
        List<UUID> pageIds = new ArrayList<>();
        long[] total = {0};
        ids.bind("limit", page.size()).bind("offset", page.offset())
                .reduceResultSet(pageIds, (list, rs, ctx) -> {
                    list.add(Rows.uuid(rs, "id"));
                    total[0] = rs.getLong("total");
                    return list;
                });
        if (pageIds.isEmpty() && page.page() > 1) {
            Query count = tx.handle().createQuery("SELECT count(*)" + from);
            binds.forEach(count::bind);
            total[0] = count.mapTo(Long.class).one();
        }
        return new Page<>(load(filter.business(), pageIds), total[0], page);
    }

    @Override
    public List<SaleRef> lockStaleDrafts(Instant olderThan, int limit) {
        return tx.handle().createQuery("""
                        SELECT business_id, id FROM sale WHERE status = 'DRAFT' AND updated_at < :olderThan
                        ORDER BY updated_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .bind("olderThan", olderThan).bind("limit", limit)
                .map((rs, ctx) -> new SaleRef(BusinessId.of(Rows.uuid(rs, "business_id")),
                        SaleId.of(Rows.uuid(rs, "id"))))
                .list();
    }

    @Override
    public void insert(Sale sale) {
        Sale.State s = sale.state();
        tx.handle().createUpdate("""
                        INSERT INTO sale (business_id, id, storefront_id, user_id, customer_id, type, status, payment_type,
                                          notes, version, created_at, updated_at)
                        VALUES (:b, :id, :storefront, :user, :customer, :type, :status, :paymentType, :notes, :version,
                                :created, :updated)""")
                .bind("b", s.businessId())
                .bind("id", s.id())
                .bind("storefront", s.storefrontId())
                .bind("user", s.userId())
                .bind("customer", s.customerId())
                .bind("type", s.type().name())
                .bind("status", s.status().name())
                .bind("paymentType", s.paymentType().name())
                .bind("notes", s.notes())
                .bind("version", s.version())
                .bind("created", s.createdAt())
                .bind("updated", s.updatedAt())
                .execute();
    }

    private static final String UPDATE_HEADER = """
            UPDATE sale SET customer_id = :customer, type = :type, status = :status, payment_type = :paymentType,
                   subtotal = :subtotal, items_discount_amount = :itemsDiscount, items_tax_amount = :itemsTax,
                   discount_amount = :discount, tax_amount = :tax, total_amount = :total, amount_paid = :paid,
                   amount_due = :due, change_given = :change, notes = :notes, version = :version,
                   receipt_number = :receipt, updated_at = :updated, completed_at = :completed,
                   amount_refunded = :refunded, amount_credited = :credited, amount_paid_out = :paidOut""";

    /**
     * One statement whatever the change: the lines it added, changed and removed as data-modifying CTEs (only those
     * it has, so the common changes keep a few fixed texts for the statement cache), then the header.
     */
    @Override
    public void update(Sale sale, List<SaleEvent> changes) {
        LineChanges lines = LineChanges.of(sale, changes);
        List<String> ctes = new ArrayList<>(3);
        if (!lines.added().isEmpty()) {
            ctes.add(INSERT_LINES);
        }
        if (!lines.changed().isEmpty()) {
            ctes.add(UPDATE_LINES);
        }
        if (!lines.removed().isEmpty()) {
            ctes.add("removed AS (DELETE FROM sale_item WHERE business_id = :b AND sale_id = :id AND id = ANY(:removed))");
        }
        String sql = (ctes.isEmpty() ? "" : "WITH " + String.join(", ", ctes) + " ") + UPDATE_HEADER
                + " WHERE business_id = :b AND id = :id";
        var update = bindHeader(tx.handle().createUpdate(sql), sale);
        if (!lines.added().isEmpty()) {
            List<SaleLine> added = lines.added();
            bindTerms(update, "a", added)
                    .bind("aProducts", added.stream().map(l -> l.productId().value()).toArray(UUID[]::new))
                    .bind("aBatches", added.stream().map(l -> l.stockProductId() == null ? null
                            : l.stockProductId().value()).toArray(UUID[]::new))
                    .bind("aNames", added.stream().map(SaleLine::productName).toArray(String[]::new))
                    .bind("aSkus", added.stream().map(SaleLine::productSku).toArray(String[]::new))
                    .bind("aUnits", added.stream().map(SaleLine::unit).toArray(String[]::new))
                    .bind("aCreated", added.stream().map(l -> utc(l.createdAt()))
                            .toArray(OffsetDateTime[]::new));
        }
        if (!lines.changed().isEmpty()) {
            bindTerms(update, "c", lines.changed());
        }
        if (!lines.removed().isEmpty()) {
            update.bind("removed", lines.removed().stream().map(SaleItemId::value).toArray(UUID[]::new));
        }
        update.execute();
    }

    private static final String INSERT_LINES = """
            added AS (
                INSERT INTO sale_item (business_id, id, sale_id, product_id, stock_product_id, product_name, product_sku,
                                       unit, quantity, unit_price, price_from_batch, discount_percentage,
                                       discount_amount, tax_rate, tax_amount, total_price, created_at, updated_at)
                SELECT :b, v.id, :id, v.product, v.batch, v.name, v.sku, v.unit, v.quantity, v.price, v.from_batch,
                       v.discount_pct, v.discount, v.tax_rate, v.tax, v.total, v.created, v.updated
                FROM unnest(:aIds, :aProducts, :aBatches, :aNames, :aSkus, :aUnits, :aQuantities, :aPrices,
                            :aFromBatch, :aDiscountPcts, :aDiscounts, :aTaxRates, :aTaxes, :aTotals, :aCreated,
                            :aUpdated)
                     AS v(id, product, batch, name, sku, unit, quantity, price, from_batch, discount_pct, discount,
                          tax_rate, tax, total, created, updated))""";

    private static final String UPDATE_LINES = """
            changed AS (
                UPDATE sale_item l SET quantity = v.quantity, unit_price = v.price,
                       price_from_batch = v.from_batch, discount_percentage = v.discount_pct,
                       discount_amount = v.discount, tax_rate = v.tax_rate, tax_amount = v.tax,
                       total_price = v.total, updated_at = v.updated
                FROM unnest(:cIds, :cQuantities, :cPrices, :cFromBatch, :cDiscountPcts, :cDiscounts, :cTaxRates,
                            :cTaxes, :cTotals, :cUpdated)
                     AS v(id, quantity, price, from_batch, discount_pct, discount, tax_rate, tax, total, updated)
                WHERE l.business_id = :b AND l.sale_id = :id AND l.id = v.id)""";

    /** The lines' ids, terms and amounts as arrays named {@code prefix + "Ids"}, {@code prefix + "Quantities"}, .... */
    private static Update bindTerms(Update update, String prefix, List<SaleLine> lines) {
        return update
                .bind(prefix + "Ids", lines.stream().map(l -> l.id().value()).toArray(UUID[]::new))
                .bind(prefix + "Quantities", lines.stream().map(l -> l.quantity().value()).toArray(BigDecimal[]::new))
                .bind(prefix + "Prices", lines.stream().map(l -> l.unitPrice().amount()).toArray(BigDecimal[]::new))
                .bind(prefix + "FromBatch", lines.stream().map(SaleLine::priceFromBatch).toArray(Boolean[]::new))
                .bind(prefix + "DiscountPcts", lines.stream().map(l -> l.discountPercentage().value())
                        .toArray(BigDecimal[]::new))
                .bind(prefix + "Discounts", lines.stream().map(l -> l.discountAmount().amount())
                        .toArray(BigDecimal[]::new))
                .bind(prefix + "TaxRates", lines.stream().map(l -> l.taxRate().value()).toArray(BigDecimal[]::new))
                .bind(prefix + "Taxes", lines.stream().map(l -> l.taxAmount().amount()).toArray(BigDecimal[]::new))
                .bind(prefix + "Totals", lines.stream().map(l -> l.totalPrice().amount()).toArray(BigDecimal[]::new))
                .bind(prefix + "Updated", lines.stream().map(l -> utc(l.updatedAt()))
                        .toArray(OffsetDateTime[]::new));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Optional<Drawer> updateCompleted(Sale sale, List<Payment> payments, String cashierName,
                                            io.salescore.domain.shared.UserId completedBy, UUID session) {
        // One statement: the checkout's payments, each line's batch cost recorded (the line's batch, else the
        // product's newest), and the completed header with the amount left as credit (one round trip on the hot path).
        return bindPayments(bindHeader(tx.handle().createQuery(SESSION + ", paid AS (" + INSERT_PAYMENTS + " RETURNING 1), "
                        + UNIT_COSTS + UPDATE_HEADER + """
                        , session_id = (SELECT id FROM sess), credit_at_completion = :due,
                          receipt_customer_name = c.name, receipt_customer_phone = c.phone,
                          receipt_cashier_name = :cashier
                        FROM customer c
                        WHERE sale.business_id = :b AND sale.id = :id
                          AND c.business_id = :b AND c.id = :customer
                        RETURNING sale.session_id,
                                  (SELECT ts.user_id FROM till_session ts
                                   WHERE ts.business_id = :b AND ts.id = sale.session_id) AS owner"""), sale), sale, payments)
                .bind("cashier", cashierName)
                .bind("payer", completedBy == null ? null : completedBy.value())
                .bind("named", session)
                .map((rs, ctx) -> rs.getObject("session_id", UUID.class) == null ? null
                        : new Drawer(rs.getObject("session_id", UUID.class),
                                io.salescore.domain.shared.UserId.of(rs.getObject("owner", UUID.class))))
                .findOne();
    }

    private static final String UNIT_COSTS = """
            costs AS (UPDATE sale_item l SET unit_cost = coalesce(
                          (SELECT sp.unit_cost FROM stock_product sp
                           WHERE sp.business_id = l.business_id AND sp.id = l.stock_product_id),
                          (SELECT sp.unit_cost FROM stock_product sp
                           WHERE sp.business_id = l.business_id AND sp.product_id = l.product_id
                           ORDER BY sp.created_at DESC, sp.id DESC LIMIT 1))
                      WHERE l.business_id = :b AND l.sale_id = :id RETURNING 1)
            """;

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindHeader(S update, Sale sale) {
        Sale.State s = sale.state();
        SaleTotals t = sale.totals();
        return update
                .bind("b", s.businessId())
                .bind("id", s.id())
                .bind("customer", s.customerId())
                .bind("type", s.type().name())
                .bind("status", s.status().name())
                .bind("paymentType", s.paymentType().name())
                .bind("subtotal", t.subtotal().amount())
                .bind("itemsDiscount", t.itemsDiscountAmount().amount())
                .bind("itemsTax", t.itemsTaxAmount().amount())
                .bind("discount", t.discountAmount().amount())
                .bind("tax", t.taxAmount().amount())
                .bind("total", t.totalAmount().amount())
                .bind("paid", t.amountPaid().amount())
                .bind("due", t.amountDue().amount())
                .bind("change", t.changeGiven().amount())
                .bind("notes", s.notes())
                .bind("version", s.version())
                .bind("receipt", s.receiptNumber() == null ? null : s.receiptNumber().value())
                .bind("updated", s.updatedAt())
                .bind("completed", s.completedAt())
                .bind("refunded", s.amountRefunded().amount())
                .bind("credited", s.amountCredited().amount())
                .bind("paidOut", s.amountPaidOut().amount());
    }

    @Override
    public Optional<Drawer> insertPayments(Sale sale, List<Payment> payments, UUID session) {
        return bindPayments(tx.handle().createQuery(SESSION + " " + INSERT_PAYMENTS + """

                         RETURNING session_id, (SELECT ts.user_id FROM till_session ts
                                                WHERE ts.business_id = :b AND ts.id = payment.session_id) AS owner"""),
                        sale, payments)
                .bind("named", session)
                .map((rs, ctx) -> rs.getObject("session_id", UUID.class) == null ? null
                        : new Drawer(rs.getObject("session_id", UUID.class),
                                io.salescore.domain.shared.UserId.of(rs.getObject("owner", UUID.class))))
                .findFirst();
    }

    /**
     * Attribution (domain.md "Till sessions"): the session the caller named (:named, checked by the use case), else
     * the payer's OPEN session at the sale's storefront, taken FOR SHARE so
     * it serialises with a close (which holds the row FOR UPDATE): a payment racing the close either commits first
     * and is in the Z figures, or finds the session CLOSED and is attributed to no session.
     */
    private static final String SESSION = """
            WITH sess AS (SELECT ts.id FROM till_session ts
                          WHERE ts.business_id = :b AND ts.storefront_id = :saleStorefront AND ts.status = 'OPEN'
                            AND (CASE WHEN CAST(:named AS uuid) IS NULL THEN ts.user_id = :payer
                                      ELSE ts.id = CAST(:named AS uuid) END)
                          FOR SHARE)""";

    private static final String INSERT_PAYMENTS = """
            INSERT INTO payment (business_id, id, sale_id, amount_paid, payment_method, reference,
                                 processed_by, created_at, session_id)
            SELECT :b, v.id, :sale, v.amount, v.method, v.reference, v.processed_by, v.created_at,
                   (SELECT id FROM sess)
            FROM unnest(:payIds, :amounts, :methods, :references, :processedBy, :created)
                 WITH ORDINALITY AS v(id, amount, method, reference, processed_by, created_at, ord)
            ORDER BY v.ord""";

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindPayments(S update, Sale sale,
                                                                  List<Payment> payments) {
        return update
                .bind("b", sale.businessId())
                .bind("sale", sale.id())
                .bind("saleStorefront", sale.storefrontId())
                .bind("payer", payments.isEmpty() || payments.get(0).processedBy() == null ? null
                        : payments.get(0).processedBy().value())
                .bind("payIds", payments.stream().map(p -> p.id().value()).toArray(UUID[]::new))
                .bind("amounts", payments.stream().map(p -> p.amount().amount()).toArray(BigDecimal[]::new))
                .bind("methods", payments.stream().map(p -> p.method().name()).toArray(String[]::new))
                .bind("references", payments.stream().map(Payment::reference).toArray(String[]::new))
                .bind("processedBy", payments.stream().map(p -> p.processedBy() == null ? null
                        : p.processedBy().value()).toArray(UUID[]::new))
                .bind("created", payments.stream().map(p -> utc(p.createdAt())).toArray(OffsetDateTime[]::new));
    }
}
