package io.salescore.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --demo} loads the demo catalogue once, through the use cases, and prints what a newcomer needs. */
class DemoCatalogTest {

    private static String load() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoData.load(TestServer.get().app(), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_demo_catalogue_is_loaded_once_and_its_storefronts_are_printed_on_every_start() {
        load();
        String second = load();

        Matcher token = Pattern.compile("token: ([0-9a-f]{64})").matcher(second);
        assertThat(token.find()).isTrue();
        ApiClient owner = TestServer.get().anonymous().withToken(token.group(1));
        JsonNode storefronts = owner.get("/inventory/api/storefronts/").results();
        assertThat(storefronts).hasSize(2);
        for (JsonNode storefront : storefronts) {
            assertThat(second).contains(storefront.get("id").asText());
        }
        assertThat(owner.get("/inventory/api/products/").header("X-Total-Count")).isEqualTo("12");
        assertThat(owner.get("/inventory/api/warehouses/").results()).hasSize(1);
        String main = storefronts.get(1).get("id").asText();
        assertThat(storefronts.get(1).get("name").asText()).isEqualTo("Main Street");
        JsonNode inventory = owner.get("/inventory/api/storefronts/" + main + "/inventory/").results();
        assertThat(inventory).hasSize(12);
        inventory.forEach(row -> assertThat(row.get("quantity").decimalValue()).isPositive());
    }
}
