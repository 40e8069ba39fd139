package io.salescore.adapter.persistence.contract;

import io.salescore.adapter.persistence.account.JdbiAccountRepository;
import io.salescore.adapter.persistence.audit.JdbiAuditLogRepository;
import io.salescore.adapter.persistence.catalog.JdbiProductRepository;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.customer.JdbiCustomerRepository;
import io.salescore.adapter.persistence.inventory.JdbiReservationRepository;
import io.salescore.adapter.persistence.inventory.JdbiStorefrontRepository;
import io.salescore.adapter.persistence.sale.JdbiReceiptCounter;
import io.salescore.adapter.persistence.sale.JdbiSaleRepository;
import io.salescore.adapter.persistence.support.PostgresTestSupport;
import io.salescore.application.account.port.Profile;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.contract.ContractFixture;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.inventory.StorefrontCode;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The port contracts' {@link ContractFixture} for the Jdbi adapters: rows in the shared embedded PostgreSQL of
 * {@link PostgresTestSupport}, written with the adapters' own inserts where they have one and plain SQL for the
 * rest (staff, goods on hand). Every test works in businesses of its own, so nothing is ever cleaned up.
 */
final class JdbiFixture implements ContractFixture {

    final JdbiUnitOfWork tx = PostgresTestSupport.unitOfWork();
    final JdbiSaleRepository sales = new JdbiSaleRepository(tx);
    final JdbiReservationRepository reservations = new JdbiReservationRepository(tx, UUID::randomUUID);
    final JdbiAuditLogRepository audit = new JdbiAuditLogRepository(tx, UUID::randomUUID);
    final JdbiCustomerRepository customers = new JdbiCustomerRepository(tx);
    final JdbiReceiptCounter receipts = new JdbiReceiptCounter(tx);
    final JdbiAccountRepository accounts = new JdbiAccountRepository(tx);

    @Override
    public UnitOfWork tx() {
        return tx;
    }

    @Override
    public BusinessId newBusiness(String name, String timezone, Instant now) {
        BusinessId business = BusinessId.of(UUID.randomUUID());
        tx.run(() -> {
            accounts.insertBusiness(new Profile.BusinessView(business, name, "USD", timezone), now);
            customers.insert(Customer.walkIn(CustomerId.of(UUID.randomUUID()), business, now));
        });
        return business;
    }

    @Override
    public CustomerId walkIn(BusinessId business) {
        return tx.read(() -> tx.handle()
                .createQuery("SELECT id FROM customer WHERE business_id = :b AND is_walk_in")
                .bind("b", business.value()).mapTo(UUID.class).map(CustomerId::of).one());
    }

    @Override
    public StorefrontId newStorefront(BusinessId business, String name, String code, Instant now) {
        Storefront storefront = Storefront.open(StorefrontId.of(UUID.randomUUID()), business, name, "",
                new StorefrontCode(code), now);
        boolean inserted = tx.inTransaction(() -> new JdbiStorefrontRepository(tx).insertIfCodeFree(storefront));
        if (!inserted) {
            throw new IllegalStateException("Storefront code " + code + " is taken in business " + business);
        }
        return storefront.id();
    }

    @Override
    public ProductId newProduct(BusinessId business, String name, String sku, Instant now) {
        Product product = Product.create(ProductId.of(UUID.randomUUID()), business, name, sku, null, "pcs", null, now);
        tx.run(() -> new JdbiProductRepository(tx).insert(product));
        return product.id();
    }

    /** Goods on hand as one inventory row (the stock services would also write batches and movements). */
    @Override
    public void stock(BusinessId business, StorefrontId storefront, ProductId product, Quantity quantity,
                      Instant now) {
        tx.run(() -> tx.handle().createUpdate("""
                        INSERT INTO storefront_inventory (business_id, storefront_id, product_id, quantity, updated_at)
                        VALUES (:b, :s, :p, :q, :now)
                        ON CONFLICT (business_id, storefront_id, product_id)
                        DO UPDATE SET quantity = storefront_inventory.quantity + EXCLUDED.quantity""")
                .bind("b", business.value()).bind("s", storefront.value()).bind("p", product.value())
                .bind("q", quantity.value()).bind("now", now)
                .execute());
    }

    @Override
    public UserId newStaff(BusinessId business, String name, Instant now) {
        UserId user = UserId.of(UUID.randomUUID());
        tx.run(() -> tx.handle().createUpdate("""
                        INSERT INTO app_user (business_id, id, name, email, password_hash, role, created_at, updated_at)
                        VALUES (:b, :id, :name, :email, 'not-a-hash', 'CASHIER', :now, :now)""")
                .bind("b", business.value()).bind("id", user.value()).bind("name", name)
                .bind("email", user.value() + "@contract.test").bind("now", now)
                .execute());
        return user;
    }

    @Override
    public void insertSale(Sale sale) {
        tx.run(() -> sales.insert(sale));
    }

    @Override
    public boolean hold(BusinessId business, Reservation hold) {
        return tx.inTransaction(() -> reservations.hold(business, hold));
    }

    @Override
    public BigDecimal onHand(BusinessId business, StorefrontId storefront, ProductId product) {
        return inventory("quantity", business, storefront, product);
    }

    @Override
    public BigDecimal reserved(BusinessId business, StorefrontId storefront, ProductId product) {
        return inventory("reserved", business, storefront, product);
    }

    private BigDecimal inventory(String column, BusinessId business, StorefrontId storefront, ProductId product) {
        return tx.read(() -> tx.handle().createQuery("SELECT " + column
                        + " FROM storefront_inventory WHERE business_id = :b AND storefront_id = :s AND product_id = :p")
                .bind("b", business.value()).bind("s", storefront.value()).bind("p", product.value())
                .mapTo(BigDecimal.class).findOne().orElse(BigDecimal.ZERO));
    }
}
