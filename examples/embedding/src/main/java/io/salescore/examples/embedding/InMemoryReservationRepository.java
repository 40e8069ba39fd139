package io.salescore.examples.embedding;

import io.salescore.application.inventory.port.Named;
import io.salescore.application.inventory.port.Due;
import io.salescore.application.common.IdGenerator;
import io.salescore.application.inventory.port.out.ReservationRepository;
import io.salescore.domain.inventory.MovementKind;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.inventory.StockMovement;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@link ReservationRepository} over three tables: storefront inventory rows with their {@code reserved} counter,
 * holds, and the stock movement ledger.
 *
 * <p>The counter is the sum of the ACTIVE holds of a row, expired or not; a hold is taken only if
 * {@code quantity - reserved >= q}. Here that check is a plain {@code if} followed by a write, which is safe only
 * because {@link InMemoryUnitOfWork} runs one use case at a time. A real adapter makes check and write one guarded
 * statement ({@code UPDATE ... SET reserved = reserved + :q WHERE quantity - reserved >= :q}) so that the row lock
 * serialises concurrent tills (see {@code JdbiReservationRepository}).
 */
public final class InMemoryReservationRepository implements ReservationRepository {

    /** Which stock: one product in one storefront of one business. */
    record StockKey(BusinessId business, StorefrontId storefront, ProductId product) {

        static StockKey of(BusinessId business, Reservation hold) {
            return new StockKey(business, hold.storefrontId(), hold.productId());
        }
    }

    /**
     * A storefront inventory row: {@code quantity} on hand and {@code reserved} by ACTIVE holds. The same
     * {@code 0 <= reserved <= quantity} check as the real table's, so an adapter bug fails loudly.
     */
    public record InventoryRow(BigDecimal quantity, BigDecimal reserved) {

        public InventoryRow {
            if (reserved.signum() < 0 || reserved.compareTo(quantity) > 0) {
                throw new IllegalStateException("Inventory row would break 0 <= reserved <= quantity: reserved "
                        + reserved + " of " + quantity);
            }
        }

        BigDecimal unreserved() {
            return quantity.subtract(reserved);
        }

        InventoryRow reserve(BigDecimal delta) {
            return new InventoryRow(quantity, reserved.add(delta));
        }
    }

    /** A hold row; the business is kept beside the domain record, as the real table's first key column. */
    record HoldRow(BusinessId business, Reservation reservation) {
    }

    private final Table<StockKey, InventoryRow> inventory;
    private final Table<ReservationId, HoldRow> holds;
    private final Table<UUID, StockMovement> movements;
    private final InMemoryCatalog catalog;
    private final IdGenerator ids;

    public InMemoryReservationRepository(InMemoryUnitOfWork tx, InMemoryCatalog catalog, IdGenerator ids) {
        this.inventory = tx.newTable("storefront_inventory");
        this.holds = tx.newTable("reservation");
        this.movements = tx.newTable("stock_movement");
        this.catalog = catalog;
        this.ids = ids;
    }

    @Override
    public List<Reservation> lockActiveHolds(BusinessId business, StorefrontId storefront, SaleId sale,
                                             java.util.Collection<ProductId> products) {
        // One use case at a time (InMemoryUnitOfWork): nothing else can change these holds, so no lock is needed.
        return activeHoldsOf(business, sale)
                .filter(r -> r.storefrontId().equals(storefront) && products.contains(r.productId()))
                .toList();
    }

    @Override
    public boolean hold(BusinessId business, Reservation hold) {
        StockKey key = StockKey.of(business, hold);
        Optional<InventoryRow> row = inventory.find(key);
        BigDecimal q = hold.quantity().value();
        if (row.isEmpty() || row.get().unreserved().compareTo(q) < 0) {
            return false; // the guard refused: nothing changes
        }
        inventory.put(key, row.get().reserve(q));
        holds.put(hold.id(), new HoldRow(business, hold));
        return true;
    }

    @Override
    public boolean holdAndSlideSale(BusinessId business, Reservation hold, Instant now) {
        if (!hold(business, hold)) {
            return false;
        }
        activeHoldsOf(business, hold.saleId())
                .filter(r -> !r.id().equals(hold.id()) && r.isLive(now) && !r.expiresAt().equals(hold.expiresAt()))
                .toList()
                .forEach(r -> holds.put(r.id(), new HoldRow(business, r.withExpiry(hold.expiresAt()))));
        return true;
    }

    @Override
    public boolean resize(BusinessId business, Reservation hold, Quantity newQuantity) {
        Optional<Reservation> stored = holds.find(hold.id()).filter(h -> h.business().equals(business))
                .map(HoldRow::reservation).filter(r -> r.status() == ReservationStatus.ACTIVE);
        if (stored.isEmpty()) {
            return false;
        }
        StockKey key = StockKey.of(business, hold);
        InventoryRow row = inventory.find(key).orElseThrow();
        BigDecimal delta = newQuantity.value().subtract(stored.get().quantity().value());
        if (delta.signum() > 0 && row.unreserved().compareTo(delta) < 0) {
            return false; // a growth that does not fit changes nothing
        }
        inventory.put(key, row.reserve(delta));
        holds.put(hold.id(), new HoldRow(business, stored.get().withQuantity(newQuantity)));
        return true;
    }

    @Override
    public Ended endHolds(BusinessId business, SaleId sale, Optional<SaleItemId> line, ReleaseReason reason,
                          Instant now) {
        List<Reservation> released = new ArrayList<>();
        List<Reservation> expired = new ArrayList<>();
        activeHoldsOf(business, sale).filter(r -> line.isEmpty() || line.get().equals(r.saleItemId())).forEach(r -> {
            if (r.isLive(now)) {
                end(business, r, ReservationStatus.RELEASED, now, reason);
                released.add(r);
            } else {
                end(business, r, ReservationStatus.EXPIRED, now, ReleaseReason.EXPIRED);
                expired.add(r);
            }
        });
        return new Ended(released, expired);
    }

    @Override
    public int extendLive(BusinessId business, SaleId sale, Instant now, Instant until) {
        List<Reservation> toExtend = activeHoldsOf(business, sale)
                .filter(r -> r.isLive(now) && !r.expiresAt().equals(until)).toList();
        toExtend.forEach(r -> holds.put(r.id(), new HoldRow(business, r.withExpiry(until))));
        return toExtend.size();
    }

    @Override
    public void commitSale(BusinessId business, StorefrontId storefront, SaleId sale, Map<ProductId, BigDecimal> sold,
                           UserId user, Instant now) {
        // The caller passes the products sorted: a real adapter locks the inventory rows in that order.
        Map<ProductId, BigDecimal> held = new java.util.HashMap<>();
        List<Reservation> committed = activeHoldsOf(business, sale).toList();
        committed.forEach(r -> held.merge(r.productId(), r.quantity().value(), BigDecimal::add));
        boolean matches = held.size() == sold.size() && sold.entrySet().stream().allMatch(e ->
                held.getOrDefault(e.getKey(), BigDecimal.ZERO).compareTo(e.getValue()) == 0);
        if (!matches) {
            throw new io.salescore.domain.shared.ConflictException("STOCK_CHANGED",
                    "The sale's stock changed while it was being completed. Please try again.",
                    Map.of("sale", sale.value().toString()));
        }
        sold.forEach((product, q) -> {
            StockKey key = new StockKey(business, storefront, product);
            InventoryRow row = inventory.find(key).orElseThrow(() -> new IllegalStateException(
                    "Checkout found no inventory row for product " + product + " of sale " + sale));
            inventory.put(key, new InventoryRow(row.quantity().subtract(q), row.reserved().subtract(q)));
            UUID movement = ids.newId();
            movements.put(movement, new StockMovement(movement, business, storefront, product, MovementKind.SALE,
                    q.negate(), sale.value(), user, now));
        });
        committed.forEach(r ->
                holds.put(r.id(), new HoldRow(business, r.ended(ReservationStatus.COMMITTED, now, null))));
    }

    @Override
    public List<Reservation> expireDue(BusinessId business, StorefrontId storefront, ProductId product, Instant now) {
        StockKey key = new StockKey(business, storefront, product);
        List<Reservation> due = holds.rows()
                .filter(h -> StockKey.of(h.business(), h.reservation()).equals(key))
                .map(HoldRow::reservation)
                .filter(r -> r.status() == ReservationStatus.ACTIVE && !r.expiresAt().isAfter(now))
                .toList();
        due.forEach(r -> end(business, r, ReservationStatus.EXPIRED, now, ReleaseReason.EXPIRED));
        return due;
    }

    /**
     * The sweeper's step: the due holds of every business, oldest expiry first, at most {@code limit}, leaving out
     * the stock in {@code skip}, each marked EXPIRED with its counter lowered. Nothing else runs meanwhile (the unit
     * of work's lock), which is what {@code SKIP LOCKED} gives the SQL adapter.
     */
    @Override
    public List<Due> expireDueBatch(Instant now, int limit, java.util.Collection<io.salescore.application.inventory.port.StockKey> skip) {
        List<Due> due = findDue(now, limit, skip);
        due.forEach(d -> end(d.business(), d.reservation(), ReservationStatus.EXPIRED, now, ReleaseReason.EXPIRED));
        return due;
    }

    /** Due holds ({@code ACTIVE}, {@code expires_at <= now}) of every business, oldest expiry first; changes nothing. */
    @Override
    public List<Due> findDue(Instant now, int limit, java.util.Collection<io.salescore.application.inventory.port.StockKey> skip) {
        java.util.Set<List<Object>> skipped = new java.util.HashSet<>();
        skip.forEach(k -> skipped.add(List.of(k.storefront(), k.product())));
        return holds.rows()
                .filter(h -> h.reservation().status() == ReservationStatus.ACTIVE
                        && !h.reservation().expiresAt().isAfter(now)
                        && !skipped.contains(List.of(h.reservation().storefrontId(), h.reservation().productId())))
                .sorted(java.util.Comparator.comparing((HoldRow h) -> h.reservation().expiresAt())
                        .thenComparing(h -> h.reservation().id().value().toString()))
                .limit(limit)
                .map(h -> new Due(h.business(), h.reservation()))
                .toList();
    }

    @Override
    public BigDecimal liveHeld(BusinessId business, StorefrontId storefront, ProductId product, Instant now) {
        StockKey key = new StockKey(business, storefront, product);
        return holds.rows()
                .filter(h -> StockKey.of(h.business(), h.reservation()).equals(key) && h.reservation().isLive(now))
                .map(h -> h.reservation().quantity().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The one formula: inventory quantity (0 when never stocked) minus the live holds. */
    @Override
    public BigDecimal available(BusinessId business, StorefrontId storefront, ProductId product, Instant now) {
        BigDecimal quantity = inventory.find(new StockKey(business, storefront, product))
                .map(InventoryRow::quantity).orElse(BigDecimal.ZERO);
        return quantity.subtract(liveHeld(business, storefront, product, now));
    }

    @Override
    public List<Named> ofSale(BusinessId business, SaleId sale) {
        return holdsOf(business, sale).map(r -> new Named(r, catalog.productName(r.productId()))).toList();
    }

    // ---- for the sale repository and the back office ---------------------------------------------------------

    /** Each line's newest hold, whatever its status (what {@code SaleView} shows). */
    Map<SaleItemId, Reservation> newestHoldPerLine(BusinessId business, SaleId sale) {
        Map<SaleItemId, Reservation> newest = new LinkedHashMap<>();
        holdsOf(business, sale).forEach(r -> newest.put(r.saleItemId(), r)); // oldest first: the last one wins
        return newest;
    }

    /** Goods in: adds to the inventory row (creating it) and writes the ledger entry. */
    void receive(BusinessId business, StorefrontId storefront, ProductId product, Quantity quantity, UUID reference,
                 UserId user, Instant now) {
        StockKey key = new StockKey(business, storefront, product);
        InventoryRow row = inventory.find(key).orElse(new InventoryRow(BigDecimal.ZERO, BigDecimal.ZERO));
        inventory.put(key, new InventoryRow(row.quantity().add(quantity.value()), row.reserved()));
        UUID movement = ids.newId();
        movements.put(movement, new StockMovement(movement, business, storefront, product, MovementKind.TRANSFER_IN,
                quantity.value(), reference, user, now));
    }

    Optional<InventoryRow> inventory(BusinessId business, StorefrontId storefront, ProductId product) {
        return inventory.find(new StockKey(business, storefront, product));
    }

    List<StockMovement> movements(BusinessId business, StorefrontId storefront, ProductId product) {
        return movements.rows().filter(m -> m.businessId().equals(business) && m.storefrontId().equals(storefront)
                && m.productId().equals(product)).toList();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private Stream<Reservation> holdsOf(BusinessId business, SaleId sale) {
        return holds.rows().filter(h -> h.business().equals(business) && h.reservation().saleId().equals(sale))
                .map(HoldRow::reservation);
    }

    private Stream<Reservation> activeHoldsOf(BusinessId business, SaleId sale) {
        return holdsOf(business, sale).filter(r -> r.status() == ReservationStatus.ACTIVE);
    }

    /** Ends an ACTIVE hold and takes its quantity off the counter. */
    private void end(BusinessId business, Reservation hold, ReservationStatus status, Instant now,
                     ReleaseReason reason) {
        StockKey key = StockKey.of(business, hold);
        inventory.put(key, inventory.find(key).orElseThrow().reserve(hold.quantity().value().negate()));
        holds.put(hold.id(), new HoldRow(business, hold.ended(status, now, reason)));
    }
}
