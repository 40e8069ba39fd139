package io.salescore.examples.embedding;

import io.salescore.application.sale.port.SaleBusiness;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@link SaleCatalog} over the master data of the example: businesses, storefronts, products, the batches that
 * price them and the staff's names. In an embedding system this is usually a thin view over a catalogue you
 * already have. {@link BackOffice} fills it; the sale use cases only read it.
 */
public final class InMemoryCatalog implements SaleCatalog {

    record BusinessRow(BusinessId id, String name, String currency, String timezone) {
    }

    record StorefrontRow(BusinessId business, StorefrontId id, String name, String code, boolean active) {
    }

    record ProductRow(BusinessId business, ProductId id, String name, String sku, String unit, boolean active) {
    }

    /** A batch ({@code stock_product}): the prices a line takes; {@code wholesalePrice} may be null. */
    record BatchRow(BusinessId business, StockProductId id, ProductId product, Money retailPrice,
                    Money wholesalePrice) {

        Batch batch() {
            return new Batch(id, retailPrice, Optional.ofNullable(wholesalePrice));
        }
    }

    /** A batch that was transferred into a storefront (it then prices that storefront's lines first). */
    record BatchIn(StorefrontId storefront, StockProductId batch) {
    }

    record StaffRow(BusinessId business, UserId id, String name) {
    }

    private final Table<BusinessId, BusinessRow> businesses;
    private final Table<StorefrontId, StorefrontRow> storefronts;
    private final Table<ProductId, ProductRow> products;
    private final Table<StockProductId, BatchRow> batches;
    private final Table<BatchIn, BatchIn> batchesIn;
    private final Table<UserId, StaffRow> staff;
    private final InMemoryCustomerRepository customers;

    public InMemoryCatalog(InMemoryUnitOfWork tx, InMemoryCustomerRepository customers) {
        this.businesses = tx.newTable("business");
        this.storefronts = tx.newTable("storefront");
        this.products = tx.newTable("product");
        this.batches = tx.newTable("stock_product");
        this.batchesIn = tx.newTable("stock_transfer");
        this.staff = tx.newTable("app_user");
        this.customers = customers;
    }

    // ---- SaleCatalog ----------------------------------------------------------------------------------------

    @Override
    public SaleBusiness business(BusinessId business) {
        BusinessRow b = businesses.find(business)
                .orElseThrow(() -> new IllegalStateException("No business " + business));
        return new SaleBusiness(b.name(), b.currency(), b.timezone());
    }

    @Override
    public Optional<Storefront> storefront(BusinessId business, StorefrontId storefront) {
        return storefronts.find(storefront).filter(s -> s.business().equals(business))
                .map(s -> new Storefront(s.id(), s.name(), s.code(), s.active()));
    }

    @Override
    public io.salescore.domain.account.BusinessSettings settings(BusinessId business) {
        // The example keeps no business settings: the defaults of domain.md hold for every business.
        return io.salescore.domain.account.BusinessSettings.DEFAULTS;
    }

    @Override
    public Optional<Customer> customerOrWalkIn(BusinessId business, Optional<CustomerId> customer) {
        Optional<io.salescore.domain.customer.Customer> found = customer.isPresent()
                ? customers.findById(business, customer.get())
                : customers.walkIn(business);
        return found.map(c -> new Customer(c.id(), c.name(), c.isActive(), c.isWalkIn(),
                c.state().type() == io.salescore.domain.customer.CustomerType.WHOLESALE));
    }

    @Override
    public Optional<PricedProduct> product(BusinessId business, StorefrontId storefront, ProductId product,
                                           Optional<StockProductId> stockProduct) {
        return products.find(product).filter(p -> p.business().equals(business))
                .map(p -> new PricedProduct(p.id(), p.name(), p.sku(), p.unit(), p.active(),
                        pricingBatch(business, storefront, p.id(), stockProduct).map(BatchRow::batch),
                        io.salescore.domain.shared.Percentage.ZERO));
    }

    /**
     * The given batch if it is one of this product (else none); otherwise the newest batch transferred into the
     * storefront, else the newest of the business.
     */
    private Optional<BatchRow> pricingBatch(BusinessId business, StorefrontId storefront, ProductId product,
                                            Optional<StockProductId> given) {
        List<BatchRow> newestFirst = batchesOf(business, product);
        if (given.isPresent()) {
            return newestFirst.stream().filter(b -> b.id().equals(given.get())).findFirst();
        }
        return newestFirst.stream().filter(b -> batchesIn.find(new BatchIn(storefront, b.id())).isPresent())
                .findFirst()
                .or(() -> newestFirst.stream().findFirst());
    }

    @Override
    public List<Batch> batches(BusinessId business, List<StockProductId> ids) {
        return batches.rows().filter(b -> b.business().equals(business) && ids.contains(b.id()))
                .map(BatchRow::batch).toList();
    }

    // ---- for the other in-memory adapters and the back office ---------------------------------------------------

    String productName(ProductId product) {
        return products.find(product).map(ProductRow::name).orElseThrow();
    }

    /** The business's storefronts, active or not, in the order they were added. */
    List<StorefrontRow> storefrontsOf(BusinessId business) {
        return storefronts.rows().filter(s -> s.business().equals(business)).toList();
    }

    String staffName(UserId user) {
        return staff.find(user).map(StaffRow::name).orElseThrow();
    }

    /** The product's batches, newest first. */
    List<BatchRow> batchesOf(BusinessId business, ProductId product) {
        List<BatchRow> newestFirst = new ArrayList<>(batches.rows()
                .filter(b -> b.business().equals(business) && b.product().equals(product)).toList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    void add(BusinessRow row) {
        businesses.put(row.id(), row);
    }

    void add(StorefrontRow row) {
        storefronts.put(row.id(), row);
    }

    void add(ProductRow row) {
        products.put(row.id(), row);
    }

    void add(BatchRow row) {
        batches.put(row.id(), row);
    }

    void add(BatchIn row) {
        batchesIn.put(row, row);
    }

    void add(StaffRow row) {
        staff.put(row.id(), row);
    }
}
