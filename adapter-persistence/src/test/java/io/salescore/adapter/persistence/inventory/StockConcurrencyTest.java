package io.salescore.adapter.persistence.inventory;

import io.salescore.application.common.Input;
import io.salescore.adapter.persistence.support.StockWorld;
import io.salescore.application.inventory.StorefrontService;
import io.salescore.application.inventory.port.in.CreateStorefrontCommand;
import io.salescore.application.inventory.port.in.TransferStockCommand;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.inventory.StockAdjustment;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.shared.InsufficientStockException;
import io.salescore.domain.shared.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Stock is never overdrawn, whatever the number of concurrent transfers and adjustments (real PostgreSQL). */
class StockConcurrencyTest {

    private final StockWorld w = new StockWorld();

    /** Runs {@code n} copies of {@code task} released at once; returns how many succeeded and how many ran short. */
    private static int[] race(int n, Callable<?> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            int ok = 0;
            int short_ = 0;
            for (Future<?> future : futures) {
                try {
                    future.get(60, TimeUnit.SECONDS);
                    ok++;
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof InsufficientStockException)) {
                        throw e;
                    }
                    short_++;
                }
            }
            return new int[] {ok, short_};
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fifty_concurrent_transfers_of_one_unit_from_a_batch_of_twenty_move_exactly_twenty() throws Exception {
        Storefront main = w.storefront("Main");
        Product cola = w.product("Cola", null);
        StockProduct batch = w.batch(cola, w.warehouse("Main Warehouse"), "20", "1.20");

        int[] result = race(50, () -> w.transfers.transfer(w.owner,
                Input.of(new TransferStockCommand(batch.id(), main.id(), Quantity.of(1)))));

        assertThat(result[0]).isEqualTo(20);
        assertThat(result[1]).isEqualTo(30);
        assertThat(w.number("SELECT remaining_quantity FROM stock_product WHERE business_id = :b"))
                .isEqualByComparingTo("0");
        assertThat(w.number("SELECT quantity FROM storefront_inventory WHERE business_id = :b"))
                .isEqualByComparingTo("20");
        assertThat(w.number("SELECT sum(quantity_delta) FROM stock_movement WHERE business_id = :b"))
                .isEqualByComparingTo("20");
        assertThat(w.number("SELECT count(*) FROM stock_transfer WHERE business_id = :b")).isEqualByComparingTo("20");
        assertThat(w.number("SELECT count(*) FROM audit_log WHERE business_id = :b AND event_type = 'stock.transferred'"))
                .isEqualByComparingTo("20");
    }

    @Test
    void concurrent_removals_never_take_stock_below_what_holds_keep() throws Exception {
        Storefront main = w.storefront("Main");
        Product cola = w.product("Cola", null);
        StockProduct batch = w.batch(cola, w.warehouse("Main Warehouse"), "15", "1.20");
        w.transfers.transfer(w.owner, Input.of(new TransferStockCommand(batch.id(), main.id(), Quantity.of(15))));
        w.hold(main, cola, "5", w.now().plusSeconds(600));

        int[] result = race(30, () -> w.adjustments.adjust(w.owner, main.id(),
                Input.of(new StockAdjustment.Request(cola.id(), new BigDecimal("-1"), "Shrinkage"))));

        assertThat(result[0]).isEqualTo(10);
        assertThat(result[1]).isEqualTo(20);
        assertThat(w.number("SELECT quantity FROM storefront_inventory WHERE business_id = :b"))
                .isEqualByComparingTo("5");
        assertThat(w.number("SELECT sum(quantity_delta) FROM stock_movement WHERE business_id = :b"))
                .isEqualByComparingTo("5");
    }

    @Test
    void concurrent_creations_with_the_same_name_get_distinct_derived_codes() throws Exception {
        StorefrontService service = new StorefrontService(w.tx, w.storefronts, w.audit, UUID::randomUUID, w.clock);
        Set<String> codes = java.util.Collections.synchronizedSet(new HashSet<>());

        int[] result = race(8, () -> codes.add(service.create(w.owner,
                Input.of(new CreateStorefrontCommand("Kiosk", null, null))).code().value()));

        assertThat(result[0]).isEqualTo(8);
        assertThat(codes).hasSize(8).contains("KIOSK", "KIOSK2", "KIOSK8");
    }
}
