package io.salescore.bootstrap.e2e;

import io.salescore.adapter.persistence.integrity.JdbiIntegrityChecks;
import io.salescore.bootstrap.Main;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check-integrity} against the running test server's database, found through its data directory as an
 * operator would run it beside {@code serve}: one line per check, the problems, and the exit code.
 */
class CheckIntegrityCommandTest {

    private final TestBusiness shop = TestBusiness.register();
    private final TestStock stock = new TestStock(shop);
    private final String storefront = stock.storefront("Main");
    private final TestStock.Product product = stock.product(storefront, "Soap", "2.00", null, 10);
    private final Jdbi jdbi = shop.server.app().database().jdbi();
    private final String dataDir = shop.server.dataDir().toString();

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new Main()).execute(args);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private void bumpInventory(int by) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE storefront_inventory SET quantity = quantity + :by WHERE business_id = :b AND product_id = :p""")
                .bind("by", by).bind("b", UUID.fromString(shop.businessId)).bind("p", UUID.fromString(product.id()))
                .execute());
    }

    @Test
    void a_clean_business_prints_ok_for_every_check_and_exits_zero() {
        String sale = shop.owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        shop.owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 2));

        Run run = run("check-integrity", "--data-dir", dataDir, "--business", shop.businessId);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        for (String check : JdbiIntegrityChecks.names()) {
            assertThat(run.out()).contains("OK   " + check + "\n");
        }
        assertThat(run.out()).doesNotContain("FAIL")
                .contains("Integrity check passed: " + JdbiIntegrityChecks.names().size() + " checks, no problems.");
    }

    @Test
    void a_corrupted_row_is_printed_and_the_exit_code_is_not_zero() {
        bumpInventory(3);
        try {
            Run run = run("check-integrity", "--data-dir", dataDir, "--business", shop.businessId);

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.out()).contains("FAIL inventory-matches-movements: 1 problem\n"
                    + "     business " + shop.businessId + " storefront " + storefront + " product " + product.id()
                    + ": quantity 13.00, its movements sum to 10.00\n");
            assertThat(run.out()).contains("OK   sale-totals\n")
                    .contains("Integrity check FAILED: 1 of " + JdbiIntegrityChecks.names().size()
                            + " checks found problems.");
        } finally {
            bumpInventory(-3);
        }
    }

    @Test
    void an_unknown_or_malformed_business_is_refused() {
        Run unknown = run("check-integrity", "--data-dir", dataDir, "--business", UUID.randomUUID().toString());
        Run malformed = run("check-integrity", "--data-dir", dataDir, "--business", "1-1-1-1-1");

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("No business ");
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err()).contains("--business");
    }
}
