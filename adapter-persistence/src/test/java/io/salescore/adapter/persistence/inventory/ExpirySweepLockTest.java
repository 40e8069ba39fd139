package io.salescore.adapter.persistence.inventory;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.support.PostgresTestSupport;
import io.salescore.adapter.persistence.support.StockWorld;
import io.salescore.application.common.Input;
import io.salescore.application.inventory.port.Due;
import io.salescore.application.inventory.port.in.TransferStockCommand;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.shared.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweeper's batch skips stock another transaction holds locked (a cashier mid-checkout, another sweeper) and
 * goes on with the rest: one locked row must not stop the sweep for everyone else.
 */
class ExpirySweepLockTest {

    private final StockWorld world = new StockWorld();
    private final Storefront storefront = world.storefront("Main");
    private final Product busy = world.product("Busy", "pcs");
    private final Product free = world.product("Free", "pcs");

    private void stock(Product product) {
        StockProduct batch = world.batch(product, world.warehouse("W " + product.name()), "10", "2.00");
        world.transfers.transfer(world.owner, Input.of(new TransferStockCommand(batch.id(), storefront.id(),
                Quantity.of(10))));
    }

    @Test
    @Timeout(30)
    void a_batch_skips_a_locked_stock_and_expires_the_holds_of_the_others() throws Exception {
        stock(busy);
        stock(free);
        // The locked stock's holds are the oldest due anywhere, and more than a batch holds.
        for (int i = 0; i < 4; i++) {
            world.hold(storefront, busy, "1", Instant.EPOCH.plusSeconds(i));
        }
        world.hold(storefront, free, "1", Instant.EPOCH.plusSeconds(3600));
        world.hold(storefront, free, "1", Instant.EPOCH.plusSeconds(3601));

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> holder = pool.submit(() -> {
            JdbiUnitOfWork own = PostgresTestSupport.unitOfWork();
            own.run(() -> {
                own.handle().createQuery("""
                                SELECT quantity FROM storefront_inventory
                                WHERE business_id = :b AND storefront_id = :s AND product_id = :p FOR UPDATE""")
                        .bind("b", world.business.value()).bind("s", storefront.id().value())
                        .bind("p", busy.id().value()).mapTo(java.math.BigDecimal.class).one();
                locked.countDown();
                try {
                    done.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return null;
        });
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            List<Due> expired = world.tx.inTransaction(() -> world.reservations.expireDueBatch(world.now(), 3,
                    List.of()));

            assertThat(expired).extracting(d -> d.reservation().productId()).contains(free.id(), free.id())
                    .doesNotContain(busy.id());
        } finally {
            done.countDown();
            holder.get(10, TimeUnit.SECONDS);
            pool.shutdown();
        }
        assertThat(world.number("SELECT sum(reserved) FROM storefront_inventory WHERE business_id = :b"))
                .isEqualByComparingTo("4");
    }
}
