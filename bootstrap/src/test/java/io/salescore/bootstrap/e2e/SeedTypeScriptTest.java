package io.salescore.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 000's TypeScript service functions ({@code updateSaleCustomer} and the audit history fetch), compiled
 * with esbuild (pinned in frontend-seed/package-lock.json) and run by Node as written, against the server.
 */
class SeedTypeScriptTest {

    private static final Path SEED = Path.of("..", "frontend-seed").toAbsolutePath().normalize();

    private final TestBusiness shop = TestBusiness.register();
    private final ApiClient owner = shop.owner;
    private final TestStock stock = new TestStock(shop);

    @Test
    @Timeout(300)
    void the_seeds_update_sale_customer_and_history_fetch_work_against_the_server() throws Exception {
        String storefront = stock.storefront("Main");
        TestStock.Product product = stock.product(storefront, "Router", "65.00", null, 5);
        String fred = stock.customer("Fred Amugi", "0.00");
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        String closed = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        owner.post("/sales/api/sales/" + closed + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        owner.post("/sales/api/sales/" + closed + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", "65.00", "payment_method", "CASH"))));

        installAndBuild();
        String out = run(Map.of("SALESCORE_URL", shop.server.baseUrl(), "SALESCORE_TOKEN", owner.token(),
                "SALE_ID", sale, "CUSTOMER_ID", fred, "CLOSED_SALE_ID", closed), "node", "build/harness.mjs");

        JsonNode result = ApiClient.JSON.readTree(out);
        assertThat(result.at("/update/message").asText()).isEqualTo("Customer updated successfully to Fred Amugi");
        assertThat(result.at("/update/previous_customer").asText()).isEqualTo("Walk-in Customer");
        assertThat(result.at("/update/new_customer").asText()).isEqualTo("Fred Amugi");
        assertThat(result.at("/update/sale_customer").asText()).isEqualTo(fred);
        assertThat(result.at("/update/sale_status").asText()).isEqualTo("DRAFT");
        assertThat(result.at("/history").size()).isEqualTo(1);
        assertThat(result.at("/history/0/oldCustomer").asText()).isEqualTo("Walk-in Customer");
        assertThat(result.at("/history/0/newCustomer").asText()).isEqualTo("Fred Amugi");
        assertThat(result.at("/history/0/user").asText()).startsWith("Owner of");
        assertThat(result.at("/history/0/description").asText()).contains("\"Walk-in Customer\" to \"Fred Amugi\"");
        assertThat(result.at("/closed").asText()).isEqualTo("Cannot update customer on a sale that is not in DRAFT status");
    }

    /** `npm ci` (from the committed lockfile) when the dependencies are missing, then the esbuild bundle. */
    private static void installAndBuild() throws Exception {
        if (!Files.exists(SEED.resolve("node_modules/.bin/esbuild"))) {
            run(Map.of(), "npm", "ci", "--no-audit", "--no-fund");
        }
        run(Map.of(), "npm", "run", "--silent", "build");
    }

    private static String run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(SEED.toFile()).redirectErrorStream(false);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] stdout = process.getInputStream().readAllBytes();
        byte[] stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": "
                + new String(stderr, StandardCharsets.UTF_8)).isZero();
        return new String(stdout, StandardCharsets.UTF_8).strip();
    }
}
