package io.salescore.examples.embedding;

import io.salescore.application.common.IdGenerator;
import io.salescore.domain.access.Actor;
import io.salescore.domain.access.Role;
import io.salescore.domain.catalog.ProductUnit;
import io.salescore.domain.customer.Customer;
import io.salescore.domain.inventory.StockMovement;
import io.salescore.domain.inventory.StorefrontCode;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Master data and goods-in for the example, written straight into the in-memory adapters: businesses, storefronts,
 * products with a price, stock arriving, staff. This is what an embedding system already owns (its catalogue, its
 * warehouse, its users). The full product has use cases for all of it (RegisterService, StorefrontService,
 * ProductService, StockProductService, StockTransferService), with ports of their own that the example leaves out
 * to stay small. Each method is one transaction.
 */
public final class BackOffice {

    private final InMemoryUnitOfWork tx;
    private final InMemoryCatalog catalog;
    private final InMemoryCustomerRepository customers;
    private final InMemoryReservationRepository stock;
    private final IdGenerator ids;
    private final Clock clock;

    BackOffice(InMemoryUnitOfWork tx, InMemoryCatalog catalog, InMemoryCustomerRepository customers,
               InMemoryReservationRepository stock, IdGenerator ids, Clock clock) {
        this.tx = tx;
        this.catalog = catalog;
        this.customers = customers;
        this.stock = stock;
        this.ids = ids;
        this.clock = clock;
    }

    /** A business (the tenant) with its currency and timezone, and the walk-in customer every business has. */
    public BusinessId addBusiness(String name, String currency, String timezone) {
        return tx.inTransaction(() -> {
            BusinessId business = BusinessId.of(ids.newId());
            catalog.add(new InMemoryCatalog.BusinessRow(business, name, currency, ZoneId.of(timezone).getId()));
            customers.insert(Customer.walkIn(CustomerId.of(ids.newId()), business, clock.instant()));
            return business;
        });
    }

    /** An active storefront; {@code code} starts its receipt numbers. */
    public StorefrontId addStorefront(BusinessId business, String name, String code) {
        return tx.inTransaction(() -> {
            StorefrontId storefront = StorefrontId.of(ids.newId());
            catalog.add(new InMemoryCatalog.StorefrontRow(business, storefront, name, new StorefrontCode(code).value(),
                    true));
            return storefront;
        });
    }

    /** An active product counted in pieces, with one batch that gives its retail price. */
    public ProductId addProduct(BusinessId business, String name, String sku, Money retailPrice) {
        return tx.inTransaction(() -> {
            ProductId product = ProductId.of(ids.newId());
            catalog.add(new InMemoryCatalog.ProductRow(business, product, name, sku, ProductUnit.PIECES, true));
            catalog.add(new InMemoryCatalog.BatchRow(business, StockProductId.of(ids.newId()), product, retailPrice,
                    null));
            return product;
        });
    }

    /** Goods in: {@code quantity} of the product's newest batch arrives in the storefront (a TRANSFER_IN). */
    public void receive(BusinessId business, StorefrontId storefront, ProductId product, Quantity quantity) {
        tx.run(() -> {
            StockProductId batch = catalog.batchesOf(business, product).get(0).id();
            catalog.add(new InMemoryCatalog.BatchIn(storefront, batch));
            stock.receive(business, storefront, product, quantity, batch.value(), null, clock.instant());
        });
    }

    /** A member of staff, as the {@link Actor} the use cases take: who, in which business, role, storefronts. */
    public Actor staff(BusinessId business, String name, Role role, StorefrontId... storefronts) {
        UserId user = UserId.of(ids.newId());
        tx.run(() -> catalog.add(new InMemoryCatalog.StaffRow(business, user, name)));
        return new Actor(user, name, business, role, Set.of(storefronts), null, "embedding-example");
    }

    /** The storefront inventory row of a product: quantity on hand and the {@code reserved} counter. */
    public InMemoryReservationRepository.InventoryRow stock(BusinessId business, StorefrontId storefront,
                                                            ProductId product) {
        return tx.read(() -> stock.inventory(business, storefront, product).orElseThrow());
    }

    /** The stock ledger of a product in a storefront, oldest first: its deltas add up to the quantity. */
    public List<StockMovement> movements(BusinessId business, StorefrontId storefront, ProductId product) {
        return tx.read(() -> stock.movements(business, storefront, product));
    }
}
