package io.salescore.adapter.persistence.integrity;

import io.salescore.application.common.Input;
import io.salescore.adapter.persistence.support.StockWorld;
import io.salescore.application.inventory.port.in.TransferStockCommand;
import io.salescore.application.ops.port.CheckResult;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.inventory.StockAdjustment;
import io.salescore.domain.inventory.Storefront;
import io.salescore.domain.shared.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integrity checks against real PostgreSQL: clean on what the services write, and each rule reported when a
 * row breaks it. Corruptions that constraints forbid are made inside a transaction that drops them and is rolled
 * back, so nothing of it stays.
 */
class JdbiIntegrityChecksTest {

    private final StockWorld w = new StockWorld();
    private final JdbiIntegrityChecks checks = new JdbiIntegrityChecks(w.tx);
    private final Storefront main = w.storefront("Main");
    private final Product cola = w.product("Cola", null);
    private final StockProduct batch = w.batch(cola, w.warehouse("Main Warehouse"), "20", "1.20");

    {
        w.transfers.transfer(w.owner, Input.of(new TransferStockCommand(batch.id(), main.id(), Quantity.of(12))));
        w.adjustments.adjust(w.owner, main.id(), Input.of(new StockAdjustment.Request(cola.id(), new BigDecimal("-2"),
                "Broken")));
    }

    private List<CheckResult> run() {
        return w.tx.read(() -> checks.run(w.business, w.now()));
    }

    private static List<String> failing(List<CheckResult> results) {
        return results.stream().filter(r -> !r.ok()).map(CheckResult::name).toList();
    }

    @Test
    void what_the_services_write_is_clean_and_every_check_runs() {
        List<CheckResult> results = run();

        assertThat(results).extracting(CheckResult::name).containsExactlyElementsOf(JdbiIntegrityChecks.names());
        assertThat(failing(results)).isEmpty();
        assertThat(results).allSatisfy(r -> assertThat(r.summary()).isEqualTo("OK   " + r.name()));
    }

    @Test
    void an_inventory_that_disagrees_with_its_ledger_is_reported_for_its_business_and_for_all() {
        w.tx.run(() -> w.tx.handle().createUpdate("""
                        UPDATE storefront_inventory SET quantity = quantity + 1 WHERE business_id = :b""")
                .bind("b", w.business.value()).execute());

        List<CheckResult> results = run();
        List<CheckResult> everyBusiness = w.tx.read(() -> checks.run(null, w.now()));

        assertThat(failing(results)).containsExactly("inventory-matches-movements");
        CheckResult failure = results.get(0);
        assertThat(failure.summary()).isEqualTo("FAIL inventory-matches-movements: 1 problem");
        assertThat(failure.problems()).containsExactly("business " + w.business.value() + " storefront "
                + main.id().value() + " product " + cola.id().value() + ": quantity 11.00, its movements sum to 10.00");
        assertThat(everyBusiness.get(0).problems()).contains(failure.problems().get(0));
    }

    @Test
    void negative_stock_is_reported_even_though_constraints_forbid_it() {
        List<CheckResult> results = w.tx.inTransaction(() -> {
            w.tx.handle().execute("""
                    DO $$ DECLARE c record; BEGIN
                      FOR c IN SELECT conname FROM pg_constraint
                               WHERE conrelid = 'storefront_inventory'::regclass AND contype = 'c' LOOP
                        EXECUTE format('ALTER TABLE storefront_inventory DROP CONSTRAINT %I', c.conname);
                      END LOOP;
                    END $$""");
            w.tx.handle().createUpdate("""
                            UPDATE storefront_inventory SET quantity = -1, reserved = -1 WHERE business_id = :b""")
                    .bind("b", w.business.value()).execute();
            List<CheckResult> found = checks.run(w.business, w.now());
            w.tx.handle().rollback();
            return found;
        });

        assertThat(failing(results)).contains("inventory-not-negative");
        assertThat(results.stream().filter(r -> r.name().equals("inventory-not-negative")).findFirst().orElseThrow()
                .problems()).singleElement().asString().endsWith("quantity -1.00, reserved -1.00");
        assertThat(failing(run())).isEmpty();
    }

    @Test
    void a_batch_whose_remaining_quantity_disagrees_with_its_transfers_is_reported() {
        w.tx.run(() -> w.tx.handle().createUpdate("""
                        UPDATE stock_product SET remaining_quantity = remaining_quantity - 1 WHERE business_id = :b""")
                .bind("b", w.business.value()).execute());

        List<CheckResult> results = run();

        assertThat(failing(results)).containsExactly("batch-remaining");
        assertThat(results.stream().filter(r -> r.name().equals("batch-remaining")).findFirst().orElseThrow()
                .problems()).singleElement().asString()
                .endsWith("quantity 20.00, remaining 7.00, transferred 12.00");
    }
}
