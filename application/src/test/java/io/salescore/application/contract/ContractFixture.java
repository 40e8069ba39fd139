package io.salescore.application.contract;

import io.salescore.application.common.UnitOfWork;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The hook each adapter under test implements so the port contracts can set up the rows they need. A SQL adapter
 * inserts rows into its database; an in-memory adapter fills its maps. Every method runs in a transaction of its
 * own (open one with {@link #tx()} if the adapter needs it) and is called outside the contract's transactions.
 *
 * <p>The contracts never clean up: they work in businesses they create, with random ids, so one database can
 * serve every test. Only the cross-business methods (the hold sweep, the stale-draft lock and the account purges
 * of tokens and logins) see rows of other tests; the contracts keep those apart by time (see
 * {@link PortContract#start}). Emails and token hashes, which no business scopes, are random per test.
 */
public interface ContractFixture {

    /** The unit of work the adapters under test join; the contracts run every port call inside it. */
    UnitOfWork tx();

    /** A new business (currency USD) in {@code timezone}, with the walk-in customer every business has. */
    BusinessId newBusiness(String name, String timezone, Instant now);

    /** The business's walk-in customer. */
    CustomerId walkIn(BusinessId business);

    /** An active storefront; {@code code} (2 to 8 capital letters or digits) starts its receipt numbers. */
    StorefrontId newStorefront(BusinessId business, String name, String code, Instant now);

    /** An active product counted in pieces. */
    ProductId newProduct(BusinessId business, String name, String sku, Instant now);

    /** Puts {@code quantity} of the product on hand at the storefront (creating its inventory row). */
    void stock(BusinessId business, StorefrontId storefront, ProductId product, Quantity quantity, Instant now);

    /** A member of staff whose name sales show. */
    UserId newStaff(BusinessId business, String name, Instant now);

    /** Stores a new sale header (holds reference a sale), as {@code SaleRepository.insert} would. */
    void insertSale(Sale sale);

    /** Takes a hold through the adapter's {@code ReservationRepository.hold}; false if the stock is short. */
    boolean hold(BusinessId business, Reservation hold);

    /** The inventory row's quantity on hand (0 when there is no row). */
    BigDecimal onHand(BusinessId business, StorefrontId storefront, ProductId product);

    /** The inventory row's {@code reserved} counter: Σ quantity of its ACTIVE holds (0 when there is no row). */
    BigDecimal reserved(BusinessId business, StorefrontId storefront, ProductId product);
}
