package io.salescore.bootstrap;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.TestServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --demo}: loaded once, found again by the owner's email, fresh working tokens printed on every start. */
class DemoDataTest {

    private static final Pattern TOKEN = Pattern.compile("(owner|cashier) .* token: ([0-9a-f]{64})");

    private static String load() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoData.load(TestServer.get().app(), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String token(String printed, String who) {
        Matcher m = TOKEN.matcher(printed);
        while (m.find()) {
            if (m.group(1).equals(who)) {
                return m.group(2);
            }
        }
        throw new AssertionError("No " + who + " token in:\n" + printed);
    }

    @Test
    void loads_customers_and_a_cashier_once_and_prints_fresh_tokens_every_time() {
        String first = load();
        String second = load();

        assertThat(token(second, "owner")).isNotEqualTo(token(first, "owner"));
        assertThat(token(second, "cashier")).isNotEqualTo(token(first, "cashier"));
        assertThat(second).contains(DemoData.CASHIER_EMAIL + " / " + DemoData.CASHIER_PASSWORD);

        ApiClient owner = TestServer.get().anonymous().withToken(token(second, "owner"));
        ApiClient.Response customers = owner.get("/sales/api/customers/");
        List<String> names = StreamSupport.stream(customers.results().spliterator(), false)
                .map(c -> c.get("name").asText()).toList();
        assertThat(names).as("walk-in first (compat.md D-4)")
                .containsExactly("Walk-in Customer", "Akosua Mensah", "Fred Amugi", "Tema Wholesale Ltd");
        assertThat(StreamSupport.stream(customers.results().spliterator(), false)
                .filter(c -> !c.get("credit_limit").asText().equals("0.00"))
                .map(c -> c.get("name").asText())).containsExactly("Fred Amugi");

        ApiClient cashier = owner.withToken(token(second, "cashier"));
        assertThat(cashier.get("/accounts/api/me/").json().at("/membership/role").asText()).isEqualTo("CASHIER");
        assertThat(owner.get("/accounts/api/staff/?role=CASHIER").header("X-Total-Count")).isEqualTo("1");
    }
}
