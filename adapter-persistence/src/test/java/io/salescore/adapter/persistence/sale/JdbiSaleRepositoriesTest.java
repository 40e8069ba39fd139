package io.salescore.adapter.persistence.sale;

import io.salescore.application.common.Input;
import io.salescore.application.inventory.port.out.HoldLedger;
import io.salescore.application.inventory.port.Named;
import io.salescore.application.inventory.port.Due;
import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.inventory.JdbiReservationRepository;
import io.salescore.adapter.persistence.support.PostgresTestSupport;
import io.salescore.adapter.persistence.support.StockWorld;
import io.salescore.application.common.PageRequest;
import io.salescore.application.inventory.port.in.TransferStockCommand;
import io.salescore.application.sale.port.out.SaleFilter;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.inventory.ReleaseReason;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.sale.Payment;
import io.salescore.domain.sale.PaymentMethod;
import io.salescore.domain.sale.PaymentType;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.sale.SaleStatus;
import io.salescore.domain.sale.SaleType;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.PaymentId;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Sales and holds against real PostgreSQL: the guarded counter, ending holds, checkout, locks and reads. */
class JdbiSaleRepositoriesTest {

    private final StockWorld world = new StockWorld();
    private final JdbiUnitOfWork tx = world.tx;
    private final JdbiSaleRepository sales = new JdbiSaleRepository(tx);
    private final JdbiReservationRepository reservations = world.reservations;
    private final Storefront storefront = world.storefront("Main");
    private final Product product = world.product("Cola", "pcs");
    private final CustomerId walkIn = tx.read(() -> tx.handle()
            .createQuery("SELECT id FROM customer WHERE business_id = :b AND is_walk_in")
            .bind("b", world.business.value()).mapTo(UUID.class).map(CustomerId::of).one());

    private void stock(int quantity) {
        StockProduct batch = world.batch(product, world.warehouse("W"), Integer.toString(quantity), "20.00");
        world.transfers.transfer(world.owner, Input.of(new TransferStockCommand(batch.id(), storefront.id(),
                Quantity.of(quantity))));
    }

    private Sale newSale() {
        Sale sale = Sale.open(SaleId.of(UUID.randomUUID()), world.business, storefront.id(), world.owner.userId(),
                walkIn, SaleType.RETAIL, PaymentType.CASH, "", world.now());
        tx.run(() -> sales.insert(sale));
        return sale;
    }

    private SaleLine addLine(Sale sale, int quantity) {
        SaleLine line = sale.addLine(SaleItemId.of(UUID.randomUUID()), product.id(), null, "Cola", "SKU", "pcs",
                Quantity.of(quantity), Money.of("20.00"), false, Percentage.ZERO, Percentage.ZERO, world.now());
        tx.run(() -> sales.update(sale, sale.takeEvents()));
        return line;
    }

    private Reservation holdOf(Sale sale, SaleLine line, Instant expires) {
        return new Reservation(ReservationId.of(UUID.randomUUID()), sale.id(), line.id(), storefront.id(),
                product.id(), null, line.quantity(), ReservationStatus.ACTIVE, expires, world.now(), null, null);
    }

    private BigDecimal reserved() {
        return world.number("SELECT reserved FROM storefront_inventory WHERE business_id = :b");
    }

    private BigDecimal quantity() {
        return world.number("SELECT quantity FROM storefront_inventory WHERE business_id = :b");
    }

    @Test
    void a_hold_takes_the_counter_only_when_enough_is_unreserved() {
        stock(5);
        Sale sale = newSale();
        SaleLine three = addLine(sale, 3);
        SaleLine four = addLine(sale, 4);

        boolean first = tx.inTransaction(() -> reservations.hold(world.business, holdOf(sale, three, world.now().plusSeconds(600))));
        boolean second = tx.inTransaction(() -> reservations.hold(world.business, holdOf(sale, four, world.now().plusSeconds(600))));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(reserved()).isEqualByComparingTo("3");
        List<Named> rows = tx.read(() -> reservations.ofSale(world.business, sale.id()));
        BigDecimal available = tx.read(() -> reservations.available(world.business, storefront.id(), product.id(), world.now()));
        assertThat(rows).hasSize(1);
        assertThat(available).isEqualByComparingTo("2");
    }

    @Test
    @Timeout(60)
    void thirty_concurrent_holds_of_one_unit_on_a_stock_of_ten_take_exactly_ten() throws Exception {
        stock(10);
        List<Reservation> holds = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Sale sale = newSale();
            holds.add(holdOf(sale, addLine(sale, 1), world.now().plusSeconds(600)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger taken = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (Reservation hold : holds) {
            futures.add(pool.submit(() -> {
                start.await();
                JdbiUnitOfWork own = PostgresTestSupport.unitOfWork();
                JdbiReservationRepository repo = new JdbiReservationRepository(own, UUID::randomUUID);
                if (own.inTransaction(() -> repo.hold(world.business, hold))) {
                    taken.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(taken.get()).isEqualTo(10);
        assertThat(reserved()).isEqualByComparingTo("10");
        assertThat(world.number("SELECT sum(quantity) FROM reservation WHERE business_id = :b AND status = 'ACTIVE'"))
                .isEqualByComparingTo("10");
    }

    @Test
    void resizing_grows_only_within_what_is_free_and_shrinking_gives_back_at_once() {
        stock(6);
        Sale sale = newSale();
        SaleLine line = addLine(sale, 2);
        Reservation hold = holdOf(sale, line, world.now().plusSeconds(600));
        tx.run(() -> reservations.hold(world.business, hold));

        boolean tooMuch = tx.inTransaction(() -> reservations.resize(world.business, hold, Quantity.of(7)));
        assertThat(tooMuch).isFalse();
        assertThat(reserved()).isEqualByComparingTo("2");
        boolean grown = tx.inTransaction(() -> reservations.resize(world.business, hold, Quantity.of(6)));
        assertThat(grown).isTrue();
        assertThat(reserved()).isEqualByComparingTo("6");
        boolean shrunk = tx.inTransaction(() -> reservations.resize(world.business, hold.withQuantity(Quantity.of(6)),
                Quantity.of(1)));
        assertThat(shrunk).isTrue();
        assertThat(reserved()).isEqualByComparingTo("1");
    }

    @Test
    void ending_a_sales_holds_releases_live_ones_and_expires_due_ones() {
        stock(10);
        Sale sale = newSale();
        SaleLine live = addLine(sale, 2);
        SaleLine due = addLine(sale, 3);
        tx.run(() -> {
            reservations.hold(world.business, holdOf(sale, live, world.now().plusSeconds(600)));
            reservations.hold(world.business, holdOf(sale, due, world.now().minusSeconds(1)));
        });

        HoldLedger.Ended ended = tx.inTransaction(() -> reservations.endHolds(world.business, sale.id(),
                Optional.empty(), ReleaseReason.SALE_ABANDONED, world.now()));

        assertThat(ended.released()).extracting(Reservation::saleItemId).containsExactly(live.id());
        assertThat(ended.expired()).extracting(Reservation::saleItemId).containsExactly(due.id());
        assertThat(reserved()).isEqualByComparingTo("0");
        List<Named> rows = tx.read(() -> reservations.ofSale(world.business, sale.id()));
        assertThat(rows).extracting(n -> n.reservation().status())
                .containsExactlyInAnyOrder(ReservationStatus.RELEASED, ReservationStatus.EXPIRED);
        assertThat(rows).filteredOn(n -> n.reservation().status() == ReservationStatus.RELEASED)
                .extracting(n -> n.reservation().releaseReason()).containsExactly(ReleaseReason.SALE_ABANDONED);
    }

    @Test
    void the_sweeper_batch_expires_only_due_holds_and_lowers_the_counter() {
        stock(10);
        Sale sale = newSale();
        SaleLine live = addLine(sale, 1);
        SaleLine due = addLine(sale, 2);
        tx.run(() -> {
            reservations.hold(world.business, holdOf(sale, live, world.now().plusSeconds(600)));
            reservations.hold(world.business, holdOf(sale, due, world.now().minusSeconds(1)));
        });

        List<Due> dryRun = tx.inTransaction(() -> reservations.findDue(world.now(), 10_000, List.of()));
        List<Due> expired = tx.inTransaction(() -> reservations.expireDueBatch(world.now(), 10_000, List.of()));

        assertThat(dryRun).extracting(d -> d.reservation().saleItemId()).contains(due.id()).doesNotContain(live.id());
        assertThat(expired).extracting(d -> d.reservation().saleItemId()).contains(due.id()).doesNotContain(live.id());
        assertThat(reserved()).isEqualByComparingTo("1");
    }

    @Test
    void committing_a_sale_takes_its_stock_commits_its_holds_and_writes_sale_movements() {
        stock(10);
        Sale sale = newSale();
        SaleLine a = addLine(sale, 2);
        SaleLine b = addLine(sale, 3);
        tx.run(() -> {
            reservations.hold(world.business, holdOf(sale, a, world.now().plusSeconds(600)));
            reservations.hold(world.business, holdOf(sale, b, world.now().plusSeconds(600)));
        });
        Map<ProductId, BigDecimal> sold = new TreeMap<>((x, y) -> x.value().compareTo(y.value()));
        sold.put(product.id(), new BigDecimal("5"));

        tx.run(() -> reservations.commitSale(world.business, storefront.id(), sale.id(), sold, world.owner.userId(),
                world.now()));

        assertThat(quantity()).isEqualByComparingTo("5");
        assertThat(reserved()).isEqualByComparingTo("0");
        assertThat(world.number("SELECT count(*) FROM reservation WHERE business_id = :b AND status = 'COMMITTED'"))
                .isEqualByComparingTo("2");
        assertThat(world.number("SELECT sum(quantity_delta) FROM stock_movement WHERE business_id = :b AND kind = 'SALE'"))
                .isEqualByComparingTo("-5");
        assertThat(world.number("SELECT sum(quantity_delta) FROM stock_movement WHERE business_id = :b"))
                .isEqualByComparingTo(quantity());
    }

    @Test
    void a_sale_reads_back_with_lines_holds_payments_and_frozen_receipt_names() {
        stock(10);
        Sale sale = newSale();
        SaleLine line = addLine(sale, 2);
        Reservation hold = holdOf(sale, line, world.now().plusSeconds(600));
        tx.run(() -> reservations.hold(world.business, hold));
        var plan = sale.planCheckout(Optional.empty(), List.of(new io.salescore.domain.sale.Tender(Money.of("50.00"),
                PaymentMethod.CASH, "R1")), Optional.empty(), Optional.empty(), Optional.empty());
        Payment payment = new Payment(PaymentId.of(UUID.randomUUID()), Money.of("50.00"), PaymentMethod.CASH, "R1",
                world.now(), world.owner.userId());
        sale.complete(plan, List.of(payment), io.salescore.domain.sale.ReceiptNumber.of("S1",
                java.time.LocalDate.of(2026, 11, 22), 1), world.now());
        tx.run(() -> {
            sales.updateCompleted(sale, List.of(payment), "Cashier Ama", null, null);
        });

        SaleView read = tx.read(() -> sales.find(world.business, sale.id())).orElseThrow();

        assertThat(read.sale().status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(read.sale().lines()).hasSize(1);
        assertThat(read.sale().payments()).extracting(Payment::reference).containsExactly("R1");
        assertThat(read.sale().totals().changeGiven()).isEqualTo(Money.of("10.00"));
        assertThat(read.reservationOf(line.id())).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(hold.id()));
        assertThat(read.receipt().cashierName()).isEqualTo("Cashier Ama");
        assertThat(read.receipt().customerName()).isEqualTo("Walk-in Customer");
        assertThat(read.storefrontName()).isEqualTo("Main");
        Optional<SaleView> anywhere = tx.read(() -> sales.findAnywhere(sale.id()));
        assertThat(anywhere).isPresent();
        io.salescore.application.common.Page<SaleView> page = tx.read(() -> sales.list(new SaleFilter(world.business, Optional.empty(), List.of(SaleStatus.COMPLETED),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("S1-2026")), PageRequest.first()));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items().get(0).sale().id()).isEqualTo(sale.id());
    }

    @Test
    @Timeout(30)
    void a_lock_granted_after_waiting_reads_the_lines_the_previous_holder_committed() throws Exception {
        Sale sale = newSale();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> first = pool.submit(() -> {
            JdbiUnitOfWork own = PostgresTestSupport.unitOfWork();
            JdbiSaleRepository repo = new JdbiSaleRepository(own);
            own.run(() -> {
                Sale held = repo.lockForUpdate(world.business, sale.id()).orElseThrow().sale();
                held.addLine(SaleItemId.of(UUID.randomUUID()), product.id(), null, "Cola", "SKU",
                        "pcs", Quantity.of(1), Money.of("1.00"), false, Percentage.ZERO, Percentage.ZERO, world.now());
                repo.update(held, held.takeEvents());
                locked.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return null;
        });
        locked.await(10, TimeUnit.SECONDS);
        Future<SaleView> second = pool.submit(() -> {
            JdbiUnitOfWork own = PostgresTestSupport.unitOfWork();
            return own.inTransaction(() -> new JdbiSaleRepository(own).lockForUpdate(world.business, sale.id()))
                    .orElseThrow();
        });
        Thread.yield();
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        SaleView seen = second.get(10, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(seen.sale().version()).isEqualTo(2);
        assertThat(seen.sale().lines()).hasSize(1);
    }
}
