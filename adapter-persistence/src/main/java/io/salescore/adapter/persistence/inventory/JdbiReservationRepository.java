package io.salescore.adapter.persistence.inventory;

import io.salescore.application.inventory.port.Named;
import io.salescore.application.inventory.port.StockKey;
import io.salescore.application.inventory.port.Due;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import io.salescore.domain.shared.ConflictException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Holds and the reserved counter in PostgreSQL. The counter moves only by guarded UPDATEs on the inventory row
 * (the row lock serialises everyone taking the same stock), always before the hold rows are touched.
 */
public final class JdbiReservationRepository implements ReservationRepository {

    private final JdbiUnitOfWork tx;
    private final Supplier<UUID> ids;

    public JdbiReservationRepository(JdbiUnitOfWork tx, Supplier<UUID> ids) {
        this.tx = tx;
        this.ids = ids;
    }

    @Override
    public List<Reservation> lockActiveHolds(BusinessId business, StorefrontId storefront, SaleId sale,
                                             Collection<ProductId> products) {
        // Lock order: the inventory rows (sorted) first, then the holds. FOR UPDATE returns each hold as its
        // newest committed version, so a hold the sweeper ended while this waited is not returned.
        return tx.handle().createQuery("""
                        WITH inv AS MATERIALIZED (
                            SELECT i.product_id FROM storefront_inventory i
                            WHERE i.business_id = :b AND i.storefront_id = :s AND i.product_id = ANY(:products)
                            ORDER BY i.product_id
                            FOR UPDATE
                        )
                        SELECT r.* FROM reservation r
                        WHERE r.business_id = :b AND r.sale_id = :sale AND r.status = 'ACTIVE'
                          AND r.storefront_id = :s AND r.product_id = ANY(:products)
                          AND (SELECT count(*) FROM inv) >= 0
                        ORDER BY r.created_at, r.id
                        FOR UPDATE OF r""")
                .bind("b", business)
                .bind("s", storefront)
                .bind("sale", sale)
                .bind("products", products.stream().map(ProductId::value).distinct().toArray(UUID[]::new))
                .map(ReservationRows.MAPPER)
                .list();
    }

    @Override
    public boolean hold(BusinessId business, Reservation hold) {
        return tx.handle().createUpdate("""
                        WITH taken AS (
                            UPDATE storefront_inventory SET reserved = reserved + :q
                            WHERE business_id = :b AND storefront_id = :s AND product_id = :p AND quantity - reserved >= :q
                            RETURNING 1
                        )
                        INSERT INTO reservation (business_id, id, sale_id, sale_item_id, storefront_id, product_id,
                                                 stock_product_id, quantity, status, expires_at, created_at)
                        SELECT :b, :id, :sale, :line, :s, :p, :stockProduct, :q, 'ACTIVE', :expires, :created FROM taken""")
                .bind("b", business)
                .bind("s", hold.storefrontId())
                .bind("p", hold.productId())
                .bind("q", hold.quantity().value())
                .bind("id", hold.id())
                .bind("sale", hold.saleId())
                .bind("line", hold.saleItemId())
                .bind("stockProduct", hold.stockProductId() == null ? null : hold.stockProductId().value())
                .bind("expires", hold.expiresAt())
                .bind("created", hold.createdAt())
                .execute() == 1;
    }

    @Override
    public boolean holdAndSlideSale(BusinessId business, Reservation hold, Instant now) {
        return tx.handle().createQuery("""
                        WITH taken AS (
                            UPDATE storefront_inventory SET reserved = reserved + :q
                            WHERE business_id = :b AND storefront_id = :s AND product_id = :p AND quantity - reserved >= :q
                            RETURNING 1
                        ), held AS (
                            INSERT INTO reservation (business_id, id, sale_id, sale_item_id, storefront_id, product_id,
                                                     stock_product_id, quantity, status, expires_at, created_at)
                            SELECT :b, :id, :sale, :line, :s, :p, :stockProduct, :q, 'ACTIVE', :expires, :created
                            FROM taken
                            RETURNING id
                        ), slid AS (
                            UPDATE reservation SET expires_at = :expires
                            WHERE business_id = :b AND sale_id = :sale AND status = 'ACTIVE' AND expires_at > :now
                              AND expires_at <> :expires AND EXISTS (SELECT 1 FROM held)
                        )
                        SELECT count(*) FROM held""")
                .bind("b", business)
                .bind("s", hold.storefrontId())
                .bind("p", hold.productId())
                .bind("q", hold.quantity().value())
                .bind("id", hold.id())
                .bind("sale", hold.saleId())
                .bind("line", hold.saleItemId())
                .bind("stockProduct", hold.stockProductId() == null ? null : hold.stockProductId().value())
                .bind("expires", hold.expiresAt())
                .bind("created", hold.createdAt())
                .bind("now", now)
                .mapTo(Integer.class)
                .one() == 1;
    }

    @Override
    public boolean resize(BusinessId business, Reservation hold, Quantity newQuantity) {
        // The hold row decides the difference, and the counter moves only together with it: a hold that another
        // transaction ended meanwhile changes neither.
        return tx.handle().createUpdate("""
                        WITH inv AS MATERIALIZED (
                            SELECT quantity, reserved FROM storefront_inventory
                            WHERE business_id = :b AND storefront_id = :s AND product_id = :p
                            FOR UPDATE
                        ), h AS MATERIALIZED (
                            SELECT id, quantity FROM reservation
                            WHERE business_id = :b AND id = :id AND status = 'ACTIVE' AND (SELECT count(*) FROM inv) >= 0
                            FOR UPDATE
                        ), ok AS MATERIALIZED (
                            SELECT h.id, :q - h.quantity AS delta FROM h, inv
                            WHERE :q - h.quantity <= 0 OR inv.quantity - inv.reserved >= :q - h.quantity
                        ), taken AS (
                            UPDATE storefront_inventory i SET reserved = i.reserved + ok.delta
                            FROM ok
                            WHERE i.business_id = :b AND i.storefront_id = :s AND i.product_id = :p
                        )
                        UPDATE reservation r SET quantity = :q
                        FROM ok WHERE r.business_id = :b AND r.id = ok.id""")
                .bind("b", business)
                .bind("s", hold.storefrontId())
                .bind("p", hold.productId())
                .bind("q", newQuantity.value())
                .bind("id", hold.id())
                .execute() == 1;
    }

    @Override
    public Ended endHolds(BusinessId business, SaleId sale, Optional<SaleItemId> line, ReleaseReason reason,
                          Instant now) {
        // Lock order: inventory rows (sorted) first, then the holds.
        List<Reservation> ended = tx.handle().createQuery("""
                        WITH targets AS (
                            SELECT r.* FROM reservation r
                            WHERE r.business_id = :b AND r.sale_id = :sale AND r.status = 'ACTIVE'
                              AND (CAST(:line AS uuid) IS NULL OR r.sale_item_id = :line)
                        ), inv AS (
                            SELECT i.product_id FROM storefront_inventory i
                            WHERE i.business_id = :b AND (i.storefront_id, i.product_id) IN
                                  (SELECT storefront_id, product_id FROM targets)
                            ORDER BY i.storefront_id, i.product_id
                            FOR UPDATE
                        ), done AS (
                            UPDATE reservation r
                            SET status = CASE WHEN r.expires_at > :now THEN 'RELEASED' ELSE 'EXPIRED' END,
                                released_at = :now,
                                release_reason = CASE WHEN r.expires_at > :now THEN :reason ELSE 'EXPIRED' END
                            FROM targets t
                            WHERE r.business_id = t.business_id AND r.id = t.id AND r.status = 'ACTIVE'
                              AND (SELECT count(*) FROM inv) >= 0
                            RETURNING t.*
                        ), counter AS (
                            UPDATE storefront_inventory i SET reserved = i.reserved - x.total, updated_at = :now
                            FROM (SELECT storefront_id, product_id, sum(quantity) AS total FROM done
                                  GROUP BY storefront_id, product_id) x
                            WHERE i.business_id = :b AND i.storefront_id = x.storefront_id AND i.product_id = x.product_id
                        )
                        SELECT r.* FROM done r ORDER BY r.created_at, r.id""")
                .bind("b", business)
                .bind("sale", sale)
                .bind("line", line.map(SaleItemId::value).orElse(null))
                .bind("reason", reason.name())
                .bind("now", now)
                .map(ReservationRows.MAPPER)
                .list();
        List<Reservation> released = new ArrayList<>();
        List<Reservation> expired = new ArrayList<>();
        for (Reservation r : ended) {
            (r.isLive(now) ? released : expired).add(r);
        }
        return new Ended(released, expired);
    }

    @Override
    public int extendLive(BusinessId business, SaleId sale, Instant now, Instant until) {
        return tx.handle().createUpdate("""
                        UPDATE reservation SET expires_at = :until
                        WHERE business_id = :b AND sale_id = :sale AND status = 'ACTIVE' AND expires_at > :now
                          AND expires_at <> :until""")
                .bind("b", business)
                .bind("sale", sale)
                .bind("now", now)
                .bind("until", until)
                .execute();
    }

    @Override
    public void commitSale(BusinessId business, StorefrontId storefront, SaleId sale, Map<ProductId, BigDecimal> sold,
                           UserId user, Instant now) {
        UUID[] products = sold.keySet().stream().map(ProductId::value).toArray(UUID[]::new);
        BigDecimal[] quantities = sold.values().toArray(BigDecimal[]::new);
        UUID[] movementIds = new UUID[products.length];
        for (int i = 0; i < movementIds.length; i++) {
            movementIds[i] = ids.get();
        }
        // One statement: lock the inventory rows in product order (the aggregate forces every lock to be taken
        // before any row is updated), commit the holds, take the sold quantities off quantity and the committed
        // holds' quantities off the counter, and write the SALE movements. The answer counts the products whose
        // committed holds add up to what was sold; anything else is a conflict and the transaction rolls back.
        Object[] result = tx.handle().createQuery("""
                        WITH sold AS (
                            SELECT * FROM unnest(:products, :quantities, :movements) AS t(product_id, quantity, movement_id)
                        ), locked AS MATERIALIZED (
                            SELECT i.product_id FROM storefront_inventory i
                            WHERE i.business_id = :b AND i.storefront_id = :s AND i.product_id IN (SELECT product_id FROM sold)
                            ORDER BY i.product_id
                            FOR UPDATE
                        ), closed AS (
                            SELECT p.id FROM product p
                            WHERE p.business_id = :b AND p.id IN (SELECT product_id FROM sold) AND NOT p.is_active
                            UNION ALL
                            SELECT st.id FROM storefront st WHERE st.business_id = :b AND st.id = :s AND NOT st.is_active
                        ), committed AS (
                            UPDATE reservation SET status = 'COMMITTED', released_at = :now
                            WHERE business_id = :b AND sale_id = :sale AND status = 'ACTIVE'
                              AND (SELECT count(*) FROM locked) = cardinality(CAST(:products AS uuid[]))
                              AND NOT EXISTS (SELECT 1 FROM closed)
                            RETURNING product_id, quantity
                        ), held AS (
                            SELECT product_id, sum(quantity) AS total FROM committed GROUP BY product_id
                        ), inv AS (
                            UPDATE storefront_inventory i
                            SET quantity = i.quantity - sold.quantity, reserved = i.reserved - coalesce(held.total, 0),
                                updated_at = :now
                            FROM sold LEFT JOIN held ON held.product_id = sold.product_id
                            WHERE i.business_id = :b AND i.storefront_id = :s AND i.product_id = sold.product_id
                              AND (SELECT count(*) FROM locked) = cardinality(CAST(:products AS uuid[]))
                              AND NOT EXISTS (SELECT 1 FROM closed)
                            RETURNING i.product_id, sold.quantity = coalesce(held.total, 0) AS matches
                        ), movements AS (
                            INSERT INTO stock_movement (business_id, id, storefront_id, product_id, kind, quantity_delta,
                                                        reference, user_id, created_at)
                            SELECT :b, sold.movement_id, :s, sold.product_id, 'SALE', -sold.quantity, :sale, :user, :now
                            FROM sold WHERE NOT EXISTS (SELECT 1 FROM closed)
                            RETURNING id
                        )
                        SELECT (SELECT count(*) FROM inv WHERE matches)
                               - CASE WHEN (SELECT count(*) FROM held) = (SELECT count(*) FROM inv) THEN 0 ELSE 1 END
                               + 0 * (SELECT count(*) FROM movements) AS matching,
                               ARRAY(SELECT id FROM closed) AS closed""")
                .bind("b", business)
                .bind("s", storefront)
                .bind("sale", sale)
                .bind("user", user)
                .bind("now", now)
                .bind("products", products)
                .bind("quantities", quantities)
                .bind("movements", movementIds)
                .map((rs, ctx) -> new Object[]{rs.getInt("matching"), rs.getArray("closed").getArray()})
                .one();
        UUID[] closed = (UUID[]) result[1];
        if (java.util.Arrays.asList(closed).contains(storefront.value())) {
            throw io.salescore.domain.shared.ValidationException.field("storefront",
                    "This storefront is inactive and takes no new sales.");
        }
        if (closed.length > 0) {
            throw io.salescore.domain.shared.ValidationException.field("product", "Inactive and cannot be sold: "
                    + java.util.Arrays.stream(closed).map(UUID::toString).collect(java.util.stream.Collectors.joining(", "))
                    + ". Remove the line to complete the sale.");
        }
        int matching = (Integer) result[0];
        if (matching != products.length) {
            throw new ConflictException("STOCK_CHANGED", "The sale's stock changed while it was being completed. "
                    + "Please try again.", Map.of("sale", sale.value().toString()));
        }
    }

    @Override
    public List<Reservation> expireDue(BusinessId business, StorefrontId storefront, ProductId product, Instant now) {
        return tx.handle().createQuery("""
                        WITH inv AS (
                            SELECT 1 FROM storefront_inventory
                            WHERE business_id = :b AND storefront_id = :s AND product_id = :p
                            FOR UPDATE
                        ), due AS (
                            SELECT r.* FROM reservation r
                            WHERE r.business_id = :b AND r.storefront_id = :s AND r.product_id = :p
                              AND r.status = 'ACTIVE' AND r.expires_at <= :now AND EXISTS (SELECT 1 FROM inv)
                            FOR UPDATE OF r
                        ), expired AS (
                            UPDATE reservation r SET status = 'EXPIRED', released_at = :now, release_reason = 'EXPIRED'
                            FROM due WHERE r.business_id = due.business_id AND r.id = due.id AND r.status = 'ACTIVE'
                            RETURNING due.*
                        ), counter AS (
                            UPDATE storefront_inventory i SET reserved = i.reserved - x.total, updated_at = :now
                            FROM (SELECT sum(quantity) AS total FROM expired) x
                            WHERE x.total IS NOT NULL
                              AND i.business_id = :b AND i.storefront_id = :s AND i.product_id = :p
                        )
                        SELECT r.* FROM expired r ORDER BY r.created_at, r.id""")
                .bind("b", business)
                .bind("s", storefront)
                .bind("p", product)
                .bind("now", now)
                .map(ReservationRows.MAPPER)
                .list();
    }

    private static final org.jdbi.v3.core.mapper.RowMapper<Due> DUE = (rs, ctx) ->
            new Due(BusinessId.of(rs.getObject("business_id", UUID.class)), ReservationRows.MAPPER.map(rs, ctx));

    @Override
    public List<Due> expireDueBatch(Instant now, int limit, Collection<StockKey> skip) {
        return tx.handle().createQuery("""
                        WITH inv AS (
                            -- Stock first, oldest due hold first; stock another transaction holds locked is skipped
                            -- before the limit counts, so one busy row never stops the sweep for the others.
                            SELECT i.business_id, i.storefront_id, i.product_id
                            FROM storefront_inventory i
                            JOIN (SELECT business_id, storefront_id, product_id, min(expires_at) AS first_due
                                  FROM reservation
                                  WHERE status = 'ACTIVE' AND expires_at <= :now
                                    AND (storefront_id, product_id) NOT IN (
                                        SELECT * FROM unnest(CAST(:skipStorefronts AS uuid[]), CAST(:skipProducts AS uuid[])))
                                  GROUP BY business_id, storefront_id, product_id) c
                              ON c.business_id = i.business_id AND c.storefront_id = i.storefront_id
                             AND c.product_id = i.product_id
                            ORDER BY c.first_due
                            LIMIT :limit
                            FOR UPDATE OF i SKIP LOCKED
                        ), due AS (
                            SELECT r.* FROM reservation r
                            JOIN inv ON inv.business_id = r.business_id AND inv.storefront_id = r.storefront_id
                                    AND inv.product_id = r.product_id
                            WHERE r.status = 'ACTIVE' AND r.expires_at <= :now
                            ORDER BY r.expires_at
                            LIMIT :limit
                            FOR UPDATE OF r SKIP LOCKED
                        ), expired AS (
                            UPDATE reservation r SET status = 'EXPIRED', released_at = :now, release_reason = 'EXPIRED'
                            FROM due WHERE r.business_id = due.business_id AND r.id = due.id AND r.status = 'ACTIVE'
                            RETURNING due.*
                        ), counter AS (
                            UPDATE storefront_inventory i SET reserved = i.reserved - x.total, updated_at = :now
                            FROM (SELECT business_id, storefront_id, product_id, sum(quantity) AS total FROM expired
                                  GROUP BY business_id, storefront_id, product_id) x
                            WHERE i.business_id = x.business_id AND i.storefront_id = x.storefront_id
                              AND i.product_id = x.product_id
                        )
                        SELECT r.* FROM expired r ORDER BY r.expires_at, r.id""")
                .bind("now", now)
                .bind("limit", limit)
                .bind("skipStorefronts", skip.stream().map(k -> k.storefront().value()).toArray(UUID[]::new))
                .bind("skipProducts", skip.stream().map(k -> k.product().value()).toArray(UUID[]::new))
                .map(DUE)
                .list();
    }

    @Override
    public List<Due> findDue(Instant now, int limit, Collection<StockKey> skip) {
        return tx.handle().createQuery("""
                        SELECT r.* FROM reservation r WHERE r.status = 'ACTIVE' AND r.expires_at <= :now
                          AND (r.storefront_id, r.product_id) NOT IN (
                              SELECT * FROM unnest(CAST(:skipStorefronts AS uuid[]), CAST(:skipProducts AS uuid[])))
                        ORDER BY r.expires_at, r.id LIMIT :limit""")
                .bind("now", now)
                .bind("limit", limit)
                .bind("skipStorefronts", skip.stream().map(k -> k.storefront().value()).toArray(UUID[]::new))
                .bind("skipProducts", skip.stream().map(k -> k.product().value()).toArray(UUID[]::new))
                .map(DUE)
                .list();
    }

    @Override
    public BigDecimal liveHeld(BusinessId business, StorefrontId storefront, ProductId product, Instant now) {
        return tx.handle().createQuery("""
                        SELECT coalesce(sum(quantity), 0) FROM reservation
                        WHERE business_id = :b AND storefront_id = :s AND product_id = :p
                          AND status = 'ACTIVE' AND expires_at > :now""")
                .bind("b", business)
                .bind("s", storefront)
                .bind("p", product)
                .bind("now", now)
                .mapTo(BigDecimal.class)
                .one();
    }

    @Override
    public BigDecimal available(BusinessId business, StorefrontId storefront, ProductId product, Instant now) {
        return tx.handle().createQuery("""
                        SELECT coalesce((SELECT quantity FROM storefront_inventory
                                         WHERE business_id = :b AND storefront_id = :s AND product_id = :p), 0)
                             - coalesce((SELECT sum(quantity) FROM reservation
                                         WHERE business_id = :b AND storefront_id = :s AND product_id = :p
                                           AND status = 'ACTIVE' AND expires_at > :now), 0)""")
                .bind("b", business)
                .bind("s", storefront)
                .bind("p", product)
                .bind("now", now)
                .mapTo(BigDecimal.class)
                .one();
    }

    @Override
    public List<Named> ofSale(BusinessId business, SaleId sale) {
        return tx.handle().createQuery("SELECT " + ReservationRows.COLUMNS + ", p.name AS product_name " + """
                        FROM reservation r
                        JOIN product p ON p.business_id = r.business_id AND p.id = r.product_id
                        WHERE r.business_id = :b AND r.sale_id = :sale
                        ORDER BY r.created_at, r.id""")
                .bind("b", business)
                .bind("sale", sale)
                .map((rs, ctx) -> new Named(ReservationRows.MAPPER.map(rs, ctx), rs.getString("product_name")))
                .list();
    }
}
