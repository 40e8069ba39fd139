package io.salescore.bootstrap.e2e;

import io.salescore.adapter.persistence.common.JdbiUnitOfWork;
import io.salescore.adapter.persistence.integrity.JdbiIntegrityChecks;
import io.salescore.application.ops.port.CheckResult;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.Traffic;
import io.salescore.domain.shared.BusinessId;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integrity check passes after a realistic day of traffic, and each kind of corruption makes the check that
 * owns it fail, naming the row. Every corruption is made in a transaction that the check runs in and that is then
 * rolled back, so the shared database stays clean.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrityCheckTest {

    private Traffic day;
    private UUID business;

    @BeforeAll
    void aDayOfTraffic() {
        day = Traffic.inNewBusiness();
        business = UUID.fromString(day.shop.businessId);
    }

    /** Runs the checks inside a transaction where {@code corruption} was applied, then rolls everything back. */
    private List<CheckResult> corrupted(Consumer<Handle> corruption) {
        JdbiUnitOfWork tx = new JdbiUnitOfWork(day.shop.server.app().database().jdbi());
        return tx.inTransaction(() -> {
            corruption.accept(tx.handle());
            List<CheckResult> results = new JdbiIntegrityChecks(tx).run(BusinessId.of(business),
                    day.shop.server.clock().instant());
            tx.handle().rollback();
            return results;
        });
    }

    private static CheckResult result(List<CheckResult> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> failing(List<CheckResult> results) {
        return results.stream().filter(r -> !r.ok()).map(CheckResult::name).toList();
    }

    private void sql(Handle h, String statement, Object... ids) {
        var update = h.createUpdate(statement).bind("b", business);
        for (int i = 0; i < ids.length; i++) {
            update.bind("id" + i, ids[i] instanceof String s ? UUID.fromString(s) : ids[i]);
        }
        assertThat(update.execute()).as(statement).isPositive();
    }

    @Test
    void a_day_of_traffic_is_clean() {
        Integrity.assertClean(day.shop);
        assertThat(Integrity.check(day.shop).checks()).hasSize(JdbiIntegrityChecks.names().size());
    }

    @Test
    void inventory_that_disagrees_with_its_movements() {
        List<CheckResult> results = corrupted(h -> sql(h, """
                UPDATE storefront_inventory SET quantity = quantity + 1 WHERE business_id = :b AND product_id = :id0""",
                day.rice));

        assertThat(failing(results)).containsExactly("inventory-matches-movements");
        assertThat(result(results, "inventory-matches-movements").problems()).singleElement().asString()
                .contains("product " + day.rice).endsWith("quantity 46.00, its movements sum to 45.00");
    }

    @Test
    void inventory_below_zero_even_with_the_constraints_dropped() {
        List<CheckResult> results = corrupted(h -> {
            h.execute("""
                    DO $$ DECLARE c record; BEGIN
                      FOR c IN SELECT conname FROM pg_constraint
                               WHERE conrelid = 'storefront_inventory'::regclass AND contype = 'c' LOOP
                        EXECUTE format('ALTER TABLE storefront_inventory DROP CONSTRAINT %I', c.conname);
                      END LOOP;
                    END $$""");
            sql(h, "UPDATE storefront_inventory SET reserved = -1 WHERE business_id = :b AND product_id = :id0",
                    day.flour);
        });

        assertThat(failing(results)).contains("inventory-not-negative", "reserved-matches-active-holds");
        assertThat(result(results, "inventory-not-negative").problems()).singleElement().asString()
                .contains("product " + day.flour).endsWith("reserved -1.00");
    }

    @Test
    void a_reserved_counter_that_disagrees_with_the_active_holds() {
        List<CheckResult> results = corrupted(h -> sql(h, """
                UPDATE storefront_inventory SET reserved = reserved - 1 WHERE business_id = :b AND product_id = :id0""",
                day.rice));

        assertThat(failing(results)).containsExactly("reserved-matches-active-holds");
        assertThat(result(results, "reserved-matches-active-holds").problems()).singleElement().asString()
                .endsWith("reserved 1.00, ACTIVE holds sum to 2.00");
    }

    @Test
    void live_holds_beyond_the_inventory() {
        List<CheckResult> results = corrupted(h -> sql(h, """
                INSERT INTO reservation (business_id, id, sale_id, sale_item_id, storefront_id, product_id, quantity,
                                         status, expires_at, created_at)
                SELECT business_id, gen_random_uuid(), :id0, gen_random_uuid(), storefront_id, product_id, quantity,
                       'ACTIVE', :id2, :id2
                FROM storefront_inventory WHERE business_id = :b AND product_id = :id1""",
                day.draftSale, day.rice, day.shop.server.clock().instant().plusSeconds(600)));

        assertThat(failing(results)).contains("live-holds-within-inventory");
        assertThat(result(results, "live-holds-within-inventory").problems()).singleElement().asString()
                .contains("product " + day.rice).endsWith("quantity 45.00, live holds 47.00, reserved 2.00");
    }

    @Test
    void an_active_hold_that_no_longer_matches_its_line() {
        List<CheckResult> results = corrupted(h -> {
            sql(h, "UPDATE reservation SET quantity = quantity + 1 WHERE business_id = :b AND sale_id = :id0 "
                    + "AND product_id = :id1 AND status = 'ACTIVE'", day.draftSale, day.rice);
            sql(h, "UPDATE storefront_inventory SET reserved = reserved + 1 WHERE business_id = :b AND product_id = :id0",
                    day.rice);
        });

        assertThat(failing(results)).containsExactly("active-holds-match-draft-lines");
        assertThat(result(results, "active-holds-match-draft-lines").problems()).singleElement().asString()
                .contains("of sale " + day.draftSale + " (DRAFT)").contains(": 3.00 of product " + day.rice)
                .contains("the line has 2.00 of product " + day.rice);
    }

    @Test
    void an_active_hold_left_on_a_completed_sale() {
        List<CheckResult> results = corrupted(h -> {
            sql(h, "UPDATE reservation SET status = 'ACTIVE', released_at = NULL WHERE business_id = :b "
                    + "AND sale_id = :id0 AND status = 'COMMITTED'", day.creditSale);
            sql(h, "UPDATE storefront_inventory SET reserved = reserved + 6 WHERE business_id = :b AND product_id = :id0",
                    day.rice);
        });

        assertThat(failing(results)).containsExactlyInAnyOrder("active-holds-match-draft-lines",
                "sale-stock-committed");
        assertThat(result(results, "active-holds-match-draft-lines").problems()).singleElement().asString()
                .contains("of sale " + day.creditSale + " (PARTIAL)");
    }

    @Test
    void a_completed_sale_whose_hold_was_released() {
        List<CheckResult> results = corrupted(h -> sql(h, """
                UPDATE reservation SET status = 'RELEASED', release_reason = 'MANUAL'
                WHERE business_id = :b AND sale_id = :id0 AND status = 'COMMITTED'""", day.pendingSale));

        assertThat(failing(results)).containsExactly("sale-stock-committed");
        assertThat(result(results, "sale-stock-committed").problems()).singleElement().asString()
                .contains("sale " + day.pendingSale + " (PENDING)")
                .endsWith("lines sell 2.50, COMMITTED holds 0, SALE movements take 2.50");
    }

    @Test
    void a_sale_movement_booked_to_another_sale() {
        List<CheckResult> results = corrupted(h -> sql(h, """
                UPDATE stock_movement SET reference = :id1
                WHERE business_id = :b AND kind = 'SALE' AND reference = :id0""", day.pendingSale, day.draftSale));

        assertThat(failing(results)).containsExactly("sale-stock-committed");
        assertThat(result(results, "sale-stock-committed").problems()).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("sale " + day.pendingSale + " (PENDING)")
                        .endsWith("lines sell 2.50, COMMITTED holds 2.50, SALE movements take 0"))
                .anySatisfy(p -> assertThat(p).contains("sale " + day.draftSale + " (DRAFT)")
                        .endsWith("lines sell 0, COMMITTED holds 0, SALE movements take 2.50"));
    }

    @Test
    void a_line_whose_total_is_not_what_its_price_gives() {
        List<CheckResult> results = corrupted(h -> sql(h, """
                UPDATE sale_item SET total_price = total_price + 0.01 WHERE business_id = :b AND sale_id = :id0""",
                day.creditSale));

        assertThat(failing(results)).containsExactlyInAnyOrder("sale-line-amounts", "sale-totals");
        assertThat(result(results, "sale-line-amounts").problems()).singleElement().asString()
                .contains("sale " + day.creditSale).endsWith("total 71.25; stored 3.75, 0.00, 71.26");
    }

    @Test
    void a_sale_total_that_is_not_what_its_lines_give() {
        List<CheckResult> results = corrupted(h -> sql(h, """
                UPDATE sale SET total_amount = total_amount + 1 WHERE business_id = :b AND id = :id0""",
                day.cashSale));

        assertThat(failing(results)).containsExactly("sale-totals");
        assertThat(result(results, "sale-totals").problems()).singleElement().asString()
                .contains("sale " + day.cashSale + " (COMPLETED)").contains("total 55.55");
    }

    @Test
    void a_payment_that_the_sale_does_not_count() {
        List<CheckResult> results = corrupted(h -> sql(h, """
                INSERT INTO payment (business_id, id, sale_id, amount_paid, payment_method, created_at)
                VALUES (:b, gen_random_uuid(), :id0, 5.00, 'CASH', now())""", day.creditSale));

        assertThat(failing(results)).containsExactly("sale-totals");
        assertThat(result(results, "sale-totals").problems()).singleElement().asString()
                .contains("sale " + day.creditSale + " (PARTIAL)").contains("paid 25.55");
    }

    @Test
    void a_completed_sale_without_its_receipt_number() {
        List<CheckResult> results = corrupted(h -> sql(h, """
                UPDATE sale SET receipt_number = NULL WHERE business_id = :b AND id = :id0""", day.cashSale));

        assertThat(failing(results)).containsExactly("sale-receipts");
        assertThat(result(results, "sale-receipts").problems()).singleElement().asString()
                .contains("sale " + day.cashSale + " (COMPLETED): receipt number none");
    }

    @Test
    void a_customer_balance_that_is_not_the_unpaid_credit() {
        List<CheckResult> results = corrupted(h -> sql(h, """
                UPDATE customer SET outstanding_balance = outstanding_balance + 5 WHERE business_id = :b AND id = :id0""",
                day.customer));

        assertThat(failing(results)).containsExactlyInAnyOrder("customer-balances", "credit-ledger");
        assertThat(result(results, "customer-balances").problems()).singleElement().asString()
                .contains("customer " + day.customer + " (Ama Mensah)")
                .endsWith("outstanding balance 59.08, unpaid sales owe 54.08");
    }

    @Test
    void a_batch_whose_remaining_quantity_disagrees_with_its_transfers() {
        List<CheckResult> results = corrupted(h -> sql(h, """
                UPDATE stock_product SET remaining_quantity = remaining_quantity + 1 WHERE business_id = :b AND id = :id0""",
                day.riceBatch));

        assertThat(failing(results)).containsExactly("batch-remaining");
        assertThat(result(results, "batch-remaining").problems()).singleElement().asString()
                .contains("batch " + day.riceBatch).endsWith("quantity 100.00, remaining 41.00, transferred 60.00");
    }
}
