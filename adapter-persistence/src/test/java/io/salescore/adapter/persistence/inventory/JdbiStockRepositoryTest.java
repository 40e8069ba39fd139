package io.salescore.adapter.persistence.inventory;

import io.salescore.application.common.Input;
import io.salescore.adapter.persistence.support.StockWorld;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.inventory.port.InventoryFilter;
import io.salescore.application.inventory.port.InventoryLine;
import io.salescore.application.inventory.port.StockMovementFilter;
import io.salescore.application.inventory.port.in.TransferStockCommand;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.catalog.Warehouse;
import io.salescore.domain.inventory.MovementKind;
import io.salescore.domain.inventory.StockAdjustment;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.shared.InsufficientStockException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inventory rows, the guarded statements and the list queries against real PostgreSQL. */
class JdbiStockRepositoryTest {

    private final StockWorld w = new StockWorld();
    private final Warehouse warehouse = w.warehouse("Main Warehouse");
    private final Storefront main = w.storefront("Main Street");

    private void transfer(StockProduct batch, Storefront storefront, String quantity) {
        w.transfers.transfer(w.owner, Input.of(new TransferStockCommand(batch.id(), storefront.id(),
                Quantity.of(quantity))));
    }

    private StockAdjustment adjust(Storefront storefront, Product product, String delta) {
        return w.adjustments.adjust(w.owner, storefront.id(),
                Input.of(new StockAdjustment.Request(product.id(), new BigDecimal(delta), "Recount")));
    }

    @Test
    void removal_is_refused_below_the_reserved_counter_and_allowed_down_to_it() {
        Product cola = w.product("Cola", null);
        transfer(w.batch(cola, warehouse, "10", "1.20"), main, "10");
        w.hold(main, cola, "4", w.now().plus(Duration.ofMinutes(30)));

        assertThat(w.tx.inTransaction(() -> w.stock.removeFromInventory(w.business, main.id(), cola.id(),
                new BigDecimal("7"), w.now()))).isEmpty();
        assertThat(w.tx.inTransaction(() -> w.stock.removeFromInventory(w.business, main.id(), cola.id(),
                new BigDecimal("6"), w.now()))).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("4"));
        assertThat(w.tx.inTransaction(() -> w.stock.removeFromInventory(w.business, main.id(),
                w.product("Never stocked", null).id(), BigDecimal.ONE, w.now()))).isEmpty();
    }

    @Test
    void an_adjustment_releases_expired_holds_and_then_succeeds_but_never_goes_below_live_ones() {
        Product cola = w.product("Cola", null);
        transfer(w.batch(cola, warehouse, "10", "1.20"), main, "10");
        w.hold(main, cola, "6", w.now().minus(Duration.ofSeconds(1)));
        w.hold(main, cola, "3", w.now().plus(Duration.ofMinutes(30)));

        assertThatThrownBy(() -> adjust(main, cola, "-8"))
                .isInstanceOfSatisfying(InsufficientStockException.class, e -> assertThat(e.details())
                        .containsEntry("available", "7.00").containsEntry("requested", "8.00"));
        assertThat(w.number("SELECT count(*) FROM reservation WHERE business_id = :b AND status = 'ACTIVE'"))
                .as("a refusal rolls the sweep back too").isEqualByComparingTo("2");

        StockAdjustment a = adjust(main, cola, "-7");

        assertThat(a.quantityAfter()).isEqualByComparingTo("3");
        assertThat(w.number("SELECT reserved FROM storefront_inventory WHERE business_id = :b"))
                .isEqualByComparingTo("3");
        assertThat(w.number("SELECT count(*) FROM reservation WHERE business_id = :b AND status = 'EXPIRED'"))
                .isEqualByComparingTo("1");
        assertThat(w.number("SELECT sum(quantity_delta) FROM stock_movement WHERE business_id = :b"))
                .isEqualByComparingTo("3");
    }

    @Test
    void a_positive_adjustment_of_a_product_never_stocked_creates_its_row() {
        Product found = w.product("Found", "kg");
        StockAdjustment a = adjust(main, found, "2.5");
        assertThat(a.quantityAfter()).isEqualByComparingTo("2.5");
        assertThat(w.number("SELECT quantity FROM storefront_inventory WHERE business_id = :b"))
                .isEqualByComparingTo("2.5");
        assertThatThrownBy(() -> adjust(main, w.product("Ghost", null), "-1"))
                .isInstanceOf(InsufficientStockException.class);
    }

    @Test
    void inventory_lists_live_holds_and_the_prices_add_item_would_default_to() {
        Storefront airport = w.storefront("Airport");
        Product cola = w.product("Cola", null);
        Product water = w.product("Water", null);
        StockProduct older = w.batch(cola, warehouse, "10", "1.20");
        w.clock.advance(Duration.ofSeconds(1));
        StockProduct newer = w.batch(cola, warehouse, "10", "1.50");
        transfer(older, main, "5");
        transfer(newer, airport, "5");
        StockProduct waterBatch = w.batch(water, warehouse, "10", "0.80");
        transfer(waterBatch, main, "2");
        w.clock.advance(Duration.ofSeconds(1));
        w.batch(water, warehouse, "10", "0.90");
        w.hold(main, cola, "2", w.now().plus(Duration.ofMinutes(5)));
        w.hold(main, cola, "1", w.now().minus(Duration.ofMinutes(5)));
        w.hold(main, water, "2", w.now().plus(Duration.ofMinutes(5)));

        Page<InventoryLine> page = w.tx.inTransaction(() -> w.stock.inventory(w.business, main.id(),
                new InventoryFilter(null, null, null, true), w.now(), PageRequest.first()));

        assertThat(page.total()).isEqualTo(2);
        InventoryLine colaLine = page.items().get(0);
        assertThat(colaLine.productName()).isEqualTo("Cola");
        assertThat(colaLine.quantity()).isEqualByComparingTo("5");
        assertThat(colaLine.reserved()).as("the expired hold does not count").isEqualByComparingTo("2");
        assertThat(colaLine.unreserved()).isEqualByComparingTo("3");
        assertThat(colaLine.retailPrice()).as("newest batch transferred here, not newest overall")
                .isEqualTo(Money.of("1.20"));
        assertThat(page.items().get(1).retailPrice()).isEqualTo(Money.of("0.80"));

        Page<InventoryLine> inStock = w.tx.inTransaction(() -> w.stock.inventory(w.business, main.id(),
                new InventoryFilter(null, null, true, true), w.now(), PageRequest.first()));
        assertThat(inStock.items()).extracting(InventoryLine::productName).containsExactly("Cola");
        Page<InventoryLine> search = w.tx.inTransaction(() -> w.stock.inventory(w.business, main.id(),
                new InventoryFilter("WAT", null, null, null), w.now(), PageRequest.first()));
        assertThat(search.items()).extracting(InventoryLine::productName).containsExactly("Water");
        Page<InventoryLine> second = w.tx.inTransaction(() -> w.stock.inventory(w.business, main.id(),
                new InventoryFilter(null, null, null, true), w.now(), new PageRequest(2, 1)));
        assertThat(second.total()).isEqualTo(2);
        assertThat(second.items()).extracting(InventoryLine::productName).containsExactly("Water");
    }

    @Test
    void without_a_batch_transferred_here_the_price_is_the_newest_batch_of_the_business() {
        Product tea = w.product("Tea", null);
        w.batch(tea, warehouse, "5", "2.00");
        w.clock.advance(Duration.ofSeconds(1));
        w.batch(tea, warehouse, "5", "2.50");
        adjust(main, tea, "3");

        InventoryLine line = w.tx.inTransaction(() -> w.stock.inventory(w.business, main.id(),
                new InventoryFilter(null, null, null, null), w.now(), PageRequest.first())).items().get(0);
        assertThat(line.retailPrice()).isEqualTo(Money.of("2.50"));
    }

    @Test
    void movements_filter_by_kind_time_and_storefront_scope() {
        Storefront airport = w.storefront("Airport");
        Product cola = w.product("Cola", null);
        StockProduct batch = w.batch(cola, warehouse, "10", "1.20");
        transfer(batch, main, "4");
        transfer(batch, airport, "4");
        w.clock.advance(Duration.ofMinutes(1));
        var between = w.now();
        w.clock.advance(Duration.ofMinutes(1));
        adjust(main, cola, "-1");

        var all = w.tx.inTransaction(() -> w.stock.movements(w.business,
                new StockMovementFilter(null, null, null, null, null), null, PageRequest.first()));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items().get(0).kind()).as("newest first").isEqualTo(MovementKind.ADJUSTMENT);
        var transfersIn = w.tx.inTransaction(() -> w.stock.movements(w.business,
                new StockMovementFilter(null, null, MovementKind.TRANSFER_IN, null, between), null,
                PageRequest.first()));
        assertThat(transfersIn.total()).isEqualTo(2);
        var mainOnly = w.tx.inTransaction(() -> w.stock.movements(w.business,
                new StockMovementFilter(null, null, null, between, null), Set.of(main.id()), PageRequest.first()));
        assertThat(mainOnly.items()).singleElement()
                .satisfies(m -> assertThat(m.quantityDelta()).isEqualByComparingTo("-1"));
        var none = w.tx.inTransaction(() -> w.stock.movements(w.business,
                new StockMovementFilter(null, null, null, null, null), Set.of(), PageRequest.first()));
        assertThat(none.total()).isZero();
    }
}
