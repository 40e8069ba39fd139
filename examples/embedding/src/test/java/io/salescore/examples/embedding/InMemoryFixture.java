package io.salescore.examples.embedding;

import io.salescore.application.account.port.Profile;
import io.salescore.application.common.TimeOrderedIdGenerator;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.contract.ContractFixture;
import io.salescore.domain.access.Role;
import io.salescore.domain.catalog.ProductUnit;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The port contracts' {@link ContractFixture} for the in-memory adapters: one set of tables, wired as
 * {@link EmbeddedSalesCore} wires them (plus {@link InMemoryAccounts}, which registers the businesses and the staff as
 * {@code JdbiFixture} does with the Jdbi account repository), filled straight through the adapters' package-private
 * methods.
 */
final class InMemoryFixture implements ContractFixture {

    final InMemoryUnitOfWork tx = new InMemoryUnitOfWork();
    final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(Clock.systemUTC());
    final InMemoryCustomerRepository customers = new InMemoryCustomerRepository(tx);
    final InMemoryCatalog catalog = new InMemoryCatalog(tx, customers);
    final InMemoryReservationRepository reservations = new InMemoryReservationRepository(tx, catalog, ids);
    final InMemorySaleRepository sales = new InMemorySaleRepository(tx, catalog, customers, reservations);
    final InMemoryReceiptCounter receipts = new InMemoryReceiptCounter(tx, catalog);
    final InMemoryAuditLog audit = new InMemoryAuditLog(tx, ids);
    final InMemoryAccounts accounts = new InMemoryAccounts(tx, catalog, ids);

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
        return tx.read(() -> customers.walkIn(business).orElseThrow().id());
    }

    @Override
    public StorefrontId newStorefront(BusinessId business, String name, String code, Instant now) {
        StorefrontId storefront = StorefrontId.of(UUID.randomUUID());
        tx.run(() -> catalog.add(new InMemoryCatalog.StorefrontRow(business, storefront, name, code, true)));
        return storefront;
    }

    @Override
    public ProductId newProduct(BusinessId business, String name, String sku, Instant now) {
        ProductId product = ProductId.of(UUID.randomUUID());
        tx.run(() -> catalog.add(new InMemoryCatalog.ProductRow(business, product, name, sku, ProductUnit.PIECES,
                true)));
        return product;
    }

    @Override
    public void stock(BusinessId business, StorefrontId storefront, ProductId product, Quantity quantity,
                      Instant now) {
        tx.run(() -> reservations.receive(business, storefront, product, quantity, UUID.randomUUID(), null, now));
    }

    @Override
    public UserId newStaff(BusinessId business, String name, Instant now) {
        UserId user = UserId.of(UUID.randomUUID());
        tx.run(() -> accounts.insertUser(business, new Profile.UserView(user, name, user.value() + "@contract.test"),
                "not-a-hash", Role.CASHIER, List.of(), now));
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
        return tx.read(() -> reservations.inventory(business, storefront, product)
                .map(InMemoryReservationRepository.InventoryRow::quantity).orElse(BigDecimal.ZERO));
    }

    @Override
    public BigDecimal reserved(BusinessId business, StorefrontId storefront, ProductId product) {
        return tx.read(() -> reservations.inventory(business, storefront, product)
                .map(InMemoryReservationRepository.InventoryRow::reserved).orElse(BigDecimal.ZERO));
    }
}
