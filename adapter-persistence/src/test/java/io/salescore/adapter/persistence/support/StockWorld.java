package io.salescore.adapter.persistence.support;

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
import io.salescore.application.account.port.Profile;
import io.salescore.application.inventory.StockAdjustmentService;
import io.salescore.application.inventory.StockTransferService;
import io.salescore.application.testing.MutableClock;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.catalog.Warehouse;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.inventory.StorefrontCode;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.WarehouseId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A fresh business in the test database with the catalogue and stock repositories and services wired on real
 * PostgreSQL, and helpers that add rows (including holds, which only sales create in production).
 */
public final class StockWorld {

    public final JdbiUnitOfWork tx = PostgresTestSupport.unitOfWork();
    public final MutableClock clock = new MutableClock();
    public final JdbiStorefrontRepository storefronts = new JdbiStorefrontRepository(tx);
    public final JdbiProductRepository products = new JdbiProductRepository(tx);
    public final JdbiWarehouseRepository warehouses = new JdbiWarehouseRepository(tx);
    public final JdbiStockProductRepository batches = new JdbiStockProductRepository(tx);
    public final JdbiStockRepository stock = new JdbiStockRepository(tx);
    public final JdbiReservationRepository reservations = new JdbiReservationRepository(tx, java.util.UUID::randomUUID);
    public final JdbiAuditLogRepository audit = new JdbiAuditLogRepository(tx, UUID::randomUUID);
    public final BusinessId business = BusinessId.of(UUID.randomUUID());
    public final Actor owner = new Actor(UserId.of(UUID.randomUUID()), "Owner", business, Role.OWNER, Set.of(),
            null, null);
    public final StockTransferService transfers = new StockTransferService(tx, batches, products, storefronts, stock,
            audit, UUID::randomUUID, clock);
    public final StockAdjustmentService adjustments = new StockAdjustmentService(tx, storefronts, products, stock,
            reservations, audit, UUID::randomUUID, clock);
    private final CustomerId walkIn = CustomerId.of(UUID.randomUUID());
    private int codes;

    public StockWorld(String timezone) {
        tx.run(() -> {
            new JdbiAccountRepository(tx).insertBusiness(
                    new Profile.BusinessView(business, "Shop", "USD", timezone), clock.instant());
            new JdbiCustomerRepository(tx).insert(Customer.walkIn(walkIn, business, clock.instant()));
        });
    }

    public StockWorld() {
        this("UTC");
    }

    public Instant now() {
        return clock.instant();
    }

    public Storefront storefront(String name) {
        Storefront s = Storefront.open(StorefrontId.of(UUID.randomUUID()), business, name, "",
                new StorefrontCode("S" + (++codes)), now());
        tx.run(() -> storefronts.insertIfCodeFree(s));
        return s;
    }

    public Warehouse warehouse(String name) {
        Warehouse w = Warehouse.create(WarehouseId.of(UUID.randomUUID()), business, name, "", now());
        tx.run(() -> warehouses.insert(w));
        return w;
    }

    public Product product(String name, String unit) {
        Product p = Product.create(ProductId.of(UUID.randomUUID()), business, name, name.toUpperCase() + "-"
                + UUID.randomUUID().toString().substring(0, 8), null, unit, null, now());
        tx.run(() -> products.insert(p));
        return p;
    }

    public StockProduct batch(Product product, Warehouse warehouse, String quantity, String retail) {
        StockProduct b = StockProduct.receive(StockProductId.of(UUID.randomUUID()), product, warehouse.id(),
                Quantity.of(quantity), Money.of("1.00"), Money.of(retail), null, null, null, now());
        tx.run(() -> batches.insert(b));
        return b;
    }

    /** An ACTIVE hold of {@code quantity} expiring at {@code expiresAt}, counted in the inventory row's counter. */
    public void hold(Storefront storefront, Product product, String quantity, Instant expiresAt) {
        UUID sale = UUID.randomUUID();
        tx.run(() -> {
            tx.handle().createUpdate("""
                            INSERT INTO sale (business_id, id, storefront_id, user_id, customer_id, type, status,
                                              payment_type, created_at, updated_at)
                            VALUES (:b, :id, :s, :u, :c, 'RETAIL', 'DRAFT', 'CASH', :now, :now)""")
                    .bind("b", business.value()).bind("id", sale).bind("s", storefront.id().value())
                    .bind("u", owner.userId().value()).bind("c", walkIn.value()).bind("now", now())
                    .execute();
            tx.handle().createUpdate("""
                            INSERT INTO reservation (business_id, id, sale_id, sale_item_id, storefront_id, product_id,
                                                     quantity, status, expires_at, created_at)
                            VALUES (:b, :id, :sale, :item, :s, :p, :q, 'ACTIVE', :expires, :now)""")
                    .bind("b", business.value()).bind("id", UUID.randomUUID()).bind("sale", sale)
                    .bind("item", UUID.randomUUID()).bind("s", storefront.id().value())
                    .bind("p", product.id().value()).bind("q", new BigDecimal(quantity)).bind("expires", expiresAt)
                    .bind("now", now())
                    .execute();
            int updated = tx.handle().createUpdate("""
                            UPDATE storefront_inventory SET reserved = reserved + :q
                            WHERE business_id = :b AND storefront_id = :s AND product_id = :p""")
                    .bind("b", business.value()).bind("s", storefront.id().value()).bind("p", product.id().value())
                    .bind("q", new BigDecimal(quantity))
                    .execute();
            if (updated != 1) {
                throw new IllegalStateException("hold on a product that is not stocked");
            }
        });
    }

    /** A number from one SQL query with {@code :b} bound to the business. */
    public BigDecimal number(String sql) {
        return tx.read(() -> tx.handle().createQuery(sql).bind("b", business.value()).mapTo(BigDecimal.class).one());
    }
}
