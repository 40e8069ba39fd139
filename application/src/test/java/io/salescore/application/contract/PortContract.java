package io.salescore.application.contract;

import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What every port contract shares: a fresh {@link ContractFixture} per test, a shop in it (a business with a
 * storefront, a product and a member of staff) and the builders of sales, lines and holds.
 *
 * <p><b>Time.</b> Each test gets its own day, {@link #start}, earlier than the day of every test before it in the
 * JVM, and keeps all its instants within that day (whole milliseconds, which every store keeps exactly). The hold
 * sweep, the stale-draft lock and the account purges (expired tokens, ended tokens, old failed logins and login
 * addresses) read every business: asked about "now" within its own day, a test can only find
 * its own rows, since the rows of earlier tests are all later and the rows of other tests (written with the real
 * clock) are years later.
 *
 * @param <F> the adapter's fixture
 */
public abstract class PortContract<F extends ContractFixture> {

    private static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    private static final AtomicInteger DAYS = new AtomicInteger();

    /** A new, empty fixture for one test (called before each test). */
    protected abstract F newFixture();

    protected F fixture;
    /** The start of this test's own day. */
    protected Instant start;
    /** The shop most tests work in. */
    protected Shop shop;

    /** A business with one storefront, one product and one member of staff. */
    public record Shop(BusinessId business, StorefrontId storefront, ProductId product, UserId staff,
                       CustomerId walkIn) {
    }

    @BeforeEach
    void openShop() {
        start = EPOCH.minus(Duration.ofDays(DAYS.incrementAndGet()));
        fixture = newFixture();
        shop = newShop("Main Street Shop", "UTC", "MAIN");
        afterSetUp();
    }

    /** Called after the fixture and the shop exist: where a contract asks for the adapter under test. */
    protected void afterSetUp() {
    }

    /** An instant {@code seconds} into this test's day. */
    protected Instant at(long seconds) {
        return start.plusSeconds(seconds);
    }

    protected Shop newShop(String name, String timezone, String code) {
        BusinessId business = fixture.newBusiness(name, timezone, start);
        StorefrontId storefront = fixture.newStorefront(business, name + " Front", code, start);
        ProductId product = fixture.newProduct(business, "Cola 33cl", "COLA-" + shortId(), start);
        UserId staff = fixture.newStaff(business, "Ama Mensah", start);
        return new Shop(business, storefront, product, staff, fixture.walkIn(business));
    }

    protected <T> T tx(Supplier<T> work) {
        return fixture.tx().inTransaction(work);
    }

    protected void run(Runnable work) {
        fixture.tx().run(work);
    }

    protected static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A DRAFT retail cash sale of the shop's staff for the walk-in customer, opened at {@code now} (not stored). */
    protected Sale draft(Shop in, Instant now) {
        return Sale.open(SaleId.of(UUID.randomUUID()), in.business(), in.storefront(), in.staff(), in.walkIn(),
                SaleType.RETAIL, PaymentType.CASH, "", now);
    }

    /** A DRAFT sale stored through the fixture. */
    protected Sale storedDraft(Shop in, Instant now) {
        Sale sale = draft(in, now);
        fixture.insertSale(sale);
        return sale;
    }

    /** Adds a line of {@code product} to the aggregate (not stored). */
    protected SaleLine line(Sale sale, ProductId product, long quantity, String unitPrice, Instant now) {
        return sale.addLine(SaleItemId.of(UUID.randomUUID()), product, null, "Cola 33cl", "COLA", "pcs",
                Quantity.of(quantity), Money.of(unitPrice), false, Percentage.ZERO, Percentage.ZERO, now);
    }

    /** An ACTIVE hold of {@code quantity} for a line (a random one when {@code line} is null) of the sale. */
    protected Reservation holdOf(Shop in, SaleId sale, SaleItemId line, ProductId product, long quantity,
                                 Instant createdAt, Instant expiresAt) {
        return new Reservation(ReservationId.of(UUID.randomUUID()), sale,
                line == null ? SaleItemId.of(UUID.randomUUID()) : line, in.storefront(), product, null,
                Quantity.of(quantity), ReservationStatus.ACTIVE, expiresAt, createdAt, null, null);
    }
}
