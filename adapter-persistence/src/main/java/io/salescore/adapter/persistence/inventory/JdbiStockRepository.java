package io.salescore.adapter.persistence.inventory;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.common.Rows;
import io.salescore.adapter.persistence.common.SqlWhere;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.inventory.port.InventoryFilter;
import io.salescore.application.inventory.port.InventoryLine;
import io.salescore.application.inventory.port.MultiStorefrontLine;
import io.salescore.application.inventory.port.ProductStock;
import io.salescore.application.inventory.port.StockMovementFilter;
import io.salescore.application.inventory.port.TransferFilter;
import io.salescore.application.inventory.port.out.StockRepository;
import io.salescore.domain.inventory.MovementKind;
import io.salescore.domain.inventory.StockAdjustment;
import io.salescore.domain.inventory.StockMovement;
import io.salescore.domain.inventory.StockTransfer;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import org.jdbi.v3.core.mapper.RowMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Storefront inventory, transfers, adjustments and the movement ledger in PostgreSQL. Quantities change only by
 * single guarded statements on the inventory row (an upsert to add, {@code quantity - q >= reserved} to remove),
 * which take the row lock sales take too. Live holds are summed in SQL with the application's {@code now}.
 */
public final class JdbiStockRepository implements StockRepository {

    private static final RowMapper<StockTransfer> TRANSFER = (rs, ctx) -> new StockTransfer(Rows.uuid(rs, "id"),
            BusinessId.of(Rows.uuid(rs, "business_id")), StockProductId.of(Rows.uuid(rs, "stock_product_id")),
            ProductId.of(Rows.uuid(rs, "product_id")), StorefrontId.of(Rows.uuid(rs, "storefront_id")),
            new Quantity(rs.getBigDecimal("quantity")), user(Rows.uuid(rs, "user_id")),
            Rows.instant(rs, "created_at"));

    private static final RowMapper<StockAdjustment> ADJUSTMENT = (rs, ctx) -> new StockAdjustment(
            Rows.uuid(rs, "id"), BusinessId.of(Rows.uuid(rs, "business_id")),
            StorefrontId.of(Rows.uuid(rs, "storefront_id")), ProductId.of(Rows.uuid(rs, "product_id")),
            rs.getBigDecimal("quantity_delta"), rs.getString("reason"), rs.getBigDecimal("quantity_after"),
            user(Rows.uuid(rs, "user_id")), Rows.instant(rs, "created_at"));

    private static final RowMapper<StockMovement> MOVEMENT = (rs, ctx) -> new StockMovement(Rows.uuid(rs, "id"),
            BusinessId.of(Rows.uuid(rs, "business_id")), StorefrontId.of(Rows.uuid(rs, "storefront_id")),
            ProductId.of(Rows.uuid(rs, "product_id")), MovementKind.valueOf(rs.getString("kind")),
            rs.getBigDecimal("quantity_delta"), Rows.uuid(rs, "reference"), user(Rows.uuid(rs, "user_id")),
            Rows.instant(rs, "created_at"));

    private static final RowMapper<InventoryLine> LINE = (rs, ctx) -> {
        BigDecimal retail = rs.getBigDecimal("retail_price");
        BigDecimal wholesale = rs.getBigDecimal("wholesale_price");
        return new InventoryLine(ProductId.of(Rows.uuid(rs, "product_id")), rs.getString("name"), rs.getString("sku"),
                rs.getString("barcode"), rs.getString("unit"), rs.getBigDecimal("quantity"),
                rs.getBigDecimal("reserved"), retail == null ? null : new Money(retail),
                wholesale == null ? null : new Money(wholesale),
                Rows.uuids(rs, "batches").stream().map(StockProductId::of).toList(), Rows.instant(rs, "stocked_at"));
    };

    /** Σ live holds of the inventory row {@code i} as of {@code :now}. */
    private static final String LIVE_HELD = """
            coalesce((SELECT sum(r.quantity) FROM reservation r
                      WHERE r.business_id = i.business_id AND r.storefront_id = i.storefront_id
                        AND r.product_id = i.product_id AND r.status = 'ACTIVE' AND r.expires_at > :now), 0)""";

    private final JdbiUnitOfWork tx;

    public JdbiStockRepository(JdbiUnitOfWork tx) {
        this.tx = tx;
    }

    private static UserId user(UUID id) {
        return id == null ? null : UserId.of(id);
    }

    @Override
    public BigDecimal addToInventory(BusinessId business, StorefrontId storefront, ProductId product,
                                     BigDecimal quantity, Instant now) {
        return tx.handle().createQuery("""
                        INSERT INTO storefront_inventory AS i (business_id, storefront_id, product_id, quantity,
                                                                reserved, updated_at)
                        VALUES (:business, :storefront, :product, :quantity, 0, :now)
                        ON CONFLICT (business_id, storefront_id, product_id)
                        DO UPDATE SET quantity = i.quantity + EXCLUDED.quantity, updated_at = EXCLUDED.updated_at
                        RETURNING i.quantity""")
                .bind("business", business)
                .bind("storefront", storefront)
                .bind("product", product)
                .bind("quantity", quantity)
                .bind("now", now)
                .mapTo(BigDecimal.class)
                .one();
    }

    @Override
    public Optional<BigDecimal> removeFromInventory(BusinessId business, StorefrontId storefront, ProductId product,
                                                    BigDecimal quantity, Instant now) {
        return tx.handle().createQuery("""
                        UPDATE storefront_inventory SET quantity = quantity - :quantity, updated_at = :now
                        WHERE business_id = :business AND storefront_id = :storefront AND product_id = :product
                          AND quantity - :quantity >= reserved
                        RETURNING quantity""")
                .bind("business", business)
                .bind("storefront", storefront)
                .bind("product", product)
                .bind("quantity", quantity)
                .bind("now", now)
                .mapTo(BigDecimal.class)
                .findOne();
    }

    @Override
    public Optional<BigDecimal> quantityOf(BusinessId business, StorefrontId storefront, ProductId product) {
        return tx.handle().createQuery("""
                        SELECT quantity FROM storefront_inventory
                        WHERE business_id = :business AND storefront_id = :storefront AND product_id = :product""")
                .bind("business", business)
                .bind("storefront", storefront)
                .bind("product", product)
                .mapTo(BigDecimal.class)
                .findOne();
    }

    @Override
    public void insertTransfer(StockTransfer t) {
        tx.handle().createUpdate("""
                        INSERT INTO stock_transfer (business_id, id, stock_product_id, product_id, storefront_id,
                                                    quantity, user_id, created_at)
                        VALUES (:business, :id, :batch, :product, :storefront, :quantity, :user, :created)""")
                .bind("business", t.businessId())
                .bind("id", t.id())
                .bind("batch", t.stockProductId())
                .bind("product", t.productId())
                .bind("storefront", t.storefrontId())
                .bind("quantity", t.quantity().value())
                .bindByType("user", t.userId() == null ? null : t.userId().value(), UUID.class)
                .bind("created", t.createdAt())
                .execute();
    }

    @Override
    public Page<StockTransfer> transfers(BusinessId business, TransferFilter filter, Set<StorefrontId> within,
                                         PageRequest page) {
        SqlWhere where = new SqlWhere()
                .and("t.business_id = :business", "business", business.value())
                .andIf("t.storefront_id = :storefront", "storefront",
                        filter.storefront() == null ? null : filter.storefront().value())
                .andIf("t.product_id = :product", "product", filter.product() == null ? null : filter.product().value())
                .andIf("t.stock_product_id = :batch", "batch",
                        filter.stockProduct() == null ? null : filter.stockProduct().value())
                .andIn("t.storefront_id = ANY (:within)", "within", JdbiStorefrontRepository.ids(within));
        return where.page(tx.handle(), "SELECT t.*", "FROM stock_transfer t", "ORDER BY t.created_at DESC, t.id DESC",
                TRANSFER, page);
    }

    @Override
    public void insertAdjustment(StockAdjustment a) {
        tx.handle().createUpdate("""
                        INSERT INTO stock_adjustment (business_id, id, storefront_id, product_id, quantity_delta,
                                                      reason, quantity_after, user_id, created_at)
                        VALUES (:business, :id, :storefront, :product, :delta, :reason, :after, :user, :created)""")
                .bind("business", a.businessId())
                .bind("id", a.id())
                .bind("storefront", a.storefrontId())
                .bind("product", a.productId())
                .bind("delta", a.quantityDelta())
                .bind("reason", a.reason())
                .bind("after", a.quantityAfter())
                .bindByType("user", a.userId() == null ? null : a.userId().value(), UUID.class)
                .bind("created", a.createdAt())
                .execute();
    }

    @Override
    public Page<StockAdjustment> adjustments(BusinessId business, StorefrontId storefront, ProductId product,
                                             PageRequest page) {
        SqlWhere where = new SqlWhere()
                .and("a.business_id = :business", "business", business.value())
                .and("a.storefront_id = :storefront", "storefront", storefront.value())
                .andIf("a.product_id = :product", "product", product == null ? null : product.value());
        return where.page(tx.handle(), "SELECT a.*", "FROM stock_adjustment a",
                "ORDER BY a.created_at DESC, a.id DESC", ADJUSTMENT, page);
    }

    @Override
    public void insertMovement(StockMovement m) {
        tx.handle().createUpdate("""
                        INSERT INTO stock_movement (business_id, id, storefront_id, product_id, kind, quantity_delta,
                                                    reference, user_id, created_at)
                        VALUES (:business, :id, :storefront, :product, :kind, :delta, :reference, :user, :created)""")
                .bind("business", m.businessId())
                .bind("id", m.id())
                .bind("storefront", m.storefrontId())
                .bind("product", m.productId())
                .bind("kind", m.kind().name())
                .bind("delta", m.quantityDelta())
                .bindByType("reference", m.reference(), UUID.class)
                .bindByType("user", m.userId() == null ? null : m.userId().value(), UUID.class)
                .bind("created", m.createdAt())
                .execute();
    }

    @Override
    public Page<StockMovement> movements(BusinessId business, StockMovementFilter filter, Set<StorefrontId> within,
                                         PageRequest page) {
        SqlWhere where = new SqlWhere()
                .and("m.business_id = :business", "business", business.value())
                .andIf("m.storefront_id = :storefront", "storefront",
                        filter.storefront() == null ? null : filter.storefront().value())
                .andIf("m.product_id = :product", "product", filter.product() == null ? null : filter.product().value())
                .andIf("m.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
                .andIf("m.created_at >= :from", "from", filter.from())
                .andIf("m.created_at <= :to", "to", filter.to())
                .andIn("m.storefront_id = ANY (:within)", "within", JdbiStorefrontRepository.ids(within));
        return where.page(tx.handle(), "SELECT m.*", "FROM stock_movement m", "ORDER BY m.created_at DESC, m.id DESC",
                MOVEMENT, page);
    }

    @Override
    public Optional<InventoryLine> lineByBarcode(BusinessId business, String barcode, StorefrontId storefront,
                                                 Instant now) {
        // One statement through product_barcode_idx; the inventory row and holds are those of :storefront (none
        // when it is null), and an unknown storefront finds nothing.
        return tx.handle().createQuery("""
                        SELECT p.id AS product_id, p.name, p.sku, p.barcode, p.unit,
                               coalesce(i.quantity, 0) AS quantity, h.reserved,
                               price.retail_price, price.wholesale_price, price.created_at AS stocked_at,
                               ARRAY(SELECT b.id FROM stock_product b
                                     WHERE b.business_id = p.business_id AND b.product_id = p.id
                                     ORDER BY (b.id = price.id) DESC, b.created_at DESC, b.id DESC) AS batches
                        FROM product p
                        LEFT JOIN storefront_inventory i ON i.business_id = p.business_id
                             AND i.storefront_id = CAST(:storefront AS uuid) AND i.product_id = p.id
                        CROSS JOIN LATERAL (SELECT %s AS reserved) h
                        %s
                        WHERE p.business_id = :business AND p.barcode = :barcode AND p.is_active
                          AND (CAST(:storefront AS uuid) IS NULL
                               OR EXISTS (SELECT 1 FROM storefront s
                                          WHERE s.business_id = :business AND s.id = CAST(:storefront AS uuid)))
                        ORDER BY (i.product_id IS NULL), lower(p.name), p.id
                        LIMIT 1""".formatted(LIVE_HELD,
                        defaultBatch("p.business_id", "p.id", "t.storefront_id = CAST(:storefront AS uuid)")))
                .bind("business", business)
                .bind("barcode", barcode)
                .bind("storefront", storefront == null ? null : storefront.value())
                .bind("now", now)
                .map(LINE)
                .findOne();
    }

    @Override
    public Page<InventoryLine> inventory(BusinessId business, StorefrontId storefront, InventoryFilter filter,
                                         Instant now, PageRequest page) {
        // The default price is that of the newest (created_at, id) batch transferred into this storefront, else the
        // newest batch of the business: the first branch that finds a row wins.
        String from = """
                FROM storefront_inventory i
                JOIN product p ON p.business_id = i.business_id AND p.id = i.product_id
                CROSS JOIN LATERAL (SELECT %s AS reserved) h""".formatted(LIVE_HELD);
        String prices = defaultBatch("i.business_id", "i.product_id", "t.storefront_id = i.storefront_id");
        String search = filter.search() == null ? null : SqlWhere.contains(filter.search());
        SqlWhere where = new SqlWhere()
                .and("i.business_id = :business", "business", business.value())
                .and("i.storefront_id = :storefront", "storefront", storefront.value())
                .bind("now", now)
                .andIf("p.is_active = :active", "active", filter.activeProducts())
                .andIf("p.barcode = :barcode", "barcode", filter.barcode())
                .andIf("(p.name ILIKE :search OR p.sku ILIKE :search OR p.barcode ILIKE :search)", "search", search)
                .andIf("(i.quantity - h.reserved > 0) = :inStock", "inStock", filter.inStock())
                .andIf("i.quantity > 0 AND :onHand", "onHand", filter.onHand() ? Boolean.TRUE : null)
                .andIf("price.id IS NOT NULL AND :withBatch", "withBatch", filter.withBatch() ? Boolean.TRUE : null)
                .andIf("price.retail_price >= :minPrice", "minPrice",
                        filter.minPrice() == null ? null : filter.minPrice().amount())
                .andIf("price.retail_price <= :maxPrice", "maxPrice",
                        filter.maxPrice() == null ? null : filter.maxPrice().amount());
        return where.page(tx.handle(), """
                        SELECT p.id AS product_id, p.name, p.sku, p.barcode, p.unit, i.quantity, h.reserved,
                               price.retail_price, price.wholesale_price, price.created_at AS stocked_at,
                               ARRAY(SELECT b.id FROM stock_product b
                                     WHERE b.business_id = i.business_id AND b.product_id = i.product_id
                                     ORDER BY (b.id = price.id) DESC, b.created_at DESC, b.id DESC) AS batches""",
                from + "\n" + prices, "ORDER BY lower(p.name), p.id", LINE, page);
    }

    /**
     * {@code LEFT JOIN LATERAL ... price}: the batch a new line takes by default, the newest (created_at, id) batch
     * transferred into a storefront matching {@code transferredInto} (on {@code t}), else the newest batch of the
     * business: the first branch that finds a row wins.
     */
    private static String defaultBatch(String business, String product, String transferredInto) {
        return """
                LEFT JOIN LATERAL (
                    (SELECT sp.id, sp.created_at, sp.retail_price, sp.wholesale_price
                     FROM stock_transfer t
                     JOIN stock_product sp ON sp.business_id = t.business_id AND sp.id = t.stock_product_id
                     WHERE t.business_id = %1$s AND %3$s AND t.product_id = %2$s
                     ORDER BY sp.created_at DESC, sp.id DESC LIMIT 1)
                    UNION ALL
                    (SELECT sp.id, sp.created_at, sp.retail_price, sp.wholesale_price
                     FROM stock_product sp
                     WHERE sp.business_id = %1$s AND sp.product_id = %2$s
                     ORDER BY sp.created_at DESC, sp.id DESC LIMIT 1)
                    LIMIT 1) price ON true""".formatted(business, product, transferredInto);
    }

    /**
     * One statement per page (and its count): the products with a row at one of the storefronts, each row's live
     * holds summed as in {@link #inventory}, aggregated per product into arrays in storefront-name order.
     */
    @Override
    public Page<MultiStorefrontLine> inventoryAcross(BusinessId business, Set<StorefrontId> storefronts,
                                                     InventoryFilter filter, Instant now, PageRequest page) {
        String rows = "(i.quantity > 0 OR NOT :onHand)";
        String from = """
                FROM product p
                CROSS JOIN LATERAL (
                    SELECT array_agg(l.storefront_id ORDER BY lower(l.name), l.storefront_id) AS storefront_ids,
                           array_agg(l.name ORDER BY lower(l.name), l.storefront_id) AS storefront_names,
                           array_agg(l.quantity ORDER BY lower(l.name), l.storefront_id) AS quantities,
                           array_agg(l.reserved ORDER BY lower(l.name), l.storefront_id) AS reserved
                    FROM (SELECT i.storefront_id, s.name, i.quantity, %s AS reserved
                          FROM storefront_inventory i
                          JOIN storefront s ON s.business_id = i.business_id AND s.id = i.storefront_id
                          WHERE i.business_id = p.business_id AND i.product_id = p.id
                            AND i.storefront_id = ANY (:within) AND %s) l) loc
                %s""".formatted(LIVE_HELD, rows,
                defaultBatch("p.business_id", "p.id", "t.storefront_id = ANY (:within)"));
        String search = filter.search() == null ? null : SqlWhere.contains(filter.search());
        SqlWhere where = new SqlWhere()
                .and("p.business_id = :business", "business", business.value())
                .bind("now", now)
                .bind("onHand", filter.onHand())
                .andIn("EXISTS (SELECT 1 FROM storefront_inventory i WHERE i.business_id = p.business_id "
                        + "AND i.product_id = p.id AND i.storefront_id = ANY (:within) AND " + rows + ")",
                        "within", JdbiStorefrontRepository.ids(storefronts))
                .andIf("p.is_active = :active", "active", filter.activeProducts())
                .andIf("p.barcode = :barcode", "barcode", filter.barcode())
                .andIf("(p.name ILIKE :search OR p.sku ILIKE :search OR p.barcode ILIKE :search)", "search", search)
                .andIf("price.id IS NOT NULL AND :withBatch", "withBatch", filter.withBatch() ? Boolean.TRUE : null)
                .andIf("price.retail_price >= :minPrice", "minPrice",
                        filter.minPrice() == null ? null : filter.minPrice().amount())
                .andIf("price.retail_price <= :maxPrice", "maxPrice",
                        filter.maxPrice() == null ? null : filter.maxPrice().amount());
        return where.page(tx.handle(), """
                        SELECT p.id AS product_id, p.name, p.sku, p.barcode, p.unit,
                               price.retail_price, price.wholesale_price, price.created_at AS stocked_at,
                               ARRAY(SELECT b.id FROM stock_product b
                                     WHERE b.business_id = p.business_id AND b.product_id = p.id
                                     ORDER BY (b.id = price.id) DESC, b.created_at DESC, b.id DESC) AS batches,
                               loc.storefront_ids, loc.storefront_names, loc.quantities, loc.reserved""",
                from, "ORDER BY lower(p.name), p.id", MULTI_LINE, page);
    }

    private static final RowMapper<MultiStorefrontLine> MULTI_LINE = (rs, ctx) -> {
        List<UUID> ids = Rows.uuids(rs, "storefront_ids");
        Object[] names = (Object[]) rs.getArray("storefront_names").getArray();
        Object[] quantities = (Object[]) rs.getArray("quantities").getArray();
        Object[] reserved = (Object[]) rs.getArray("reserved").getArray();
        List<ProductStock.StorefrontStock> locations = new java.util.ArrayList<>();
        for (int n = 0; n < ids.size(); n++) {
            locations.add(new ProductStock.StorefrontStock(StorefrontId.of(ids.get(n)), (String) names[n],
                    (BigDecimal) quantities[n], (BigDecimal) reserved[n]));
        }
        return new MultiStorefrontLine(ProductId.of(Rows.uuid(rs, "product_id")), rs.getString("name"),
                rs.getString("sku"), rs.getString("barcode"), rs.getString("unit"), Rows.money(rs, "retail_price"),
                Rows.money(rs, "wholesale_price"),
                Rows.uuids(rs, "batches").stream().map(StockProductId::of).toList(), Rows.instant(rs, "stocked_at"),
                locations);
    };

    @Override
    public List<ProductStock.StorefrontStock> stockOfProduct(BusinessId business, ProductId product,
                                                             Set<StorefrontId> within, Instant now) {
        SqlWhere where = new SqlWhere()
                .and("i.business_id = :business", "business", business.value())
                .and("i.product_id = :product", "product", product.value())
                .bind("now", now)
                .andIn("i.storefront_id = ANY (:within)", "within", JdbiStorefrontRepository.ids(within));
        return where.bindTo(tx.handle().createQuery("SELECT i.storefront_id, s.name, i.quantity, " + LIVE_HELD
                        + " AS reserved FROM storefront_inventory i "
                        + "JOIN storefront s ON s.business_id = i.business_id AND s.id = i.storefront_id"
                        + where.sql() + " ORDER BY lower(s.name), s.id"))
                .map((rs, ctx) -> new ProductStock.StorefrontStock(StorefrontId.of(Rows.uuid(rs, "storefront_id")),
                        rs.getString("name"), rs.getBigDecimal("quantity"), rs.getBigDecimal("reserved")))
                .list();
    }

    @Override
    public ZoneId timezoneOf(BusinessId business) {
        return ZoneId.of(tx.handle().createQuery("SELECT timezone FROM business WHERE id = :business")
                .bind("business", business)
                .mapTo(String.class)
                .one());
    }
}
