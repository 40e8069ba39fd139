package io.salescore.examples.embedding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the example's adapters rely on: all-or-nothing across tables, and no table use outside a transaction. */
class InMemoryUnitOfWorkTest {

    private final InMemoryUnitOfWork tx = new InMemoryUnitOfWork();
    private final Table<String, Integer> sales = tx.newTable("sale");
    private final Table<String, Integer> stock = tx.newTable("storefront_inventory");

    @Test
    void a_failure_rolls_back_every_table() {
        tx.run(() -> stock.put("beans", 1));

        assertThatThrownBy(() -> tx.run(() -> {
            sales.put("cart", 1);
            stock.put("beans", 0);
            throw new IllegalStateException("the stock check said no");
        })).hasMessage("the stock check said no");

        assertThat(tx.read(() -> sales.find("cart"))).isEmpty();
        assertThat(tx.read(() -> stock.find("beans"))).contains(1);
    }

    @Test
    void a_nested_call_joins_the_running_transaction() {
        assertThatThrownBy(() -> tx.run(() -> {
            tx.run(() -> sales.put("cart", 1)); // a nested call does not commit on its own
            throw new IllegalStateException("later failure");
        }));
        assertThat(tx.read(() -> sales.size())).isZero();
    }

    @Test
    void repositories_never_run_outside_a_transaction() {
        assertThatThrownBy(() -> sales.put("cart", 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside UnitOfWork.inTransaction");
    }
}
