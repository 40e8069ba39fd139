package io.salescore.bootstrap.e2e;

import io.salescore.bootstrap.support.ApiClient;
import io.salescore.bootstrap.support.Concurrently;
import io.salescore.bootstrap.support.Integrity;
import io.salescore.bootstrap.support.TestBusiness;
import io.salescore.bootstrap.support.TestStock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** R3: retries with the same Idempotency-Key, one after another or ten at once, never duplicate anything. */
class IdempotencyApiTest {

    private final TestBusiness shop = TestBusiness.register();
    private final ApiClient owner = shop.owner;
    private final TestStock stock = new TestStock(shop);
    private final String storefront = stock.storefront("Main");
    private final TestStock.Product product = stock.product(storefront, "Phone", "100.00", "90.00", 50);
    private final Jdbi jdbi = shop.server.app().database().jdbi();

    private long rows(String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table + " WHERE business_id = :b")
                .bind("b", UUID.fromString(shop.businessId)).mapTo(Long.class).one());
    }

    private Map<String, Long> counts() {
        return Map.of("sale", rows("sale"), "sale_item", rows("sale_item"), "reservation", rows("reservation"),
                "payment", rows("payment"), "audit_log", rows("audit_log"), "receipt_counter", rows("receipt_counter"),
                "customer", rows("customer"));
    }

    private ApiClient keyed() {
        return owner.withHeader("Idempotency-Key", "key-" + UUID.randomUUID());
    }

    @Test
    void a_retry_replays_the_first_answer_and_changes_nothing() {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        ApiClient client = keyed();
        ApiClient.Response first = client.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", 2));
        Map<String, Long> after = counts();
        ApiClient.Response retry = client.post("/sales/api/sales/" + sale + "/add_item", Map.of("quantity", 2,
                "product", product.id()));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(counts()).isEqualTo(after);
    }

    @Test
    void every_post_of_the_sale_api_retried_with_its_key_does_nothing_twice() {
        String customer = stock.customer("Abena", "1000.00");
        List<String[]> calls = new ArrayList<>();
        String sale = retried("/sales/api/sales/", Map.of("storefront", storefront)).id();
        String line = retried("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1)).id();
        retried("/sales/api/sale-items/" + line + "/release_reservation/", Map.of());
        retried("/sales/api/sales/" + sale + "/update_customer/", Map.of("customer", customer));
        retried("/sales/api/sales/" + sale + "/toggle_sale_type/", Map.of("type", "WHOLESALE"));
        retried("/sales/api/sales/" + sale + "/complete/", Map.of("payment_type", "CREDIT", "payments",
                List.of(Map.of("amount_paid", "10.00", "payment_method", "CASH"))));
        retried("/sales/api/sales/" + sale + "/record_payment/", Map.of("amount_paid", "5.00", "payment_method", "CARD"));
        String other = retried("/sales/api/sales/", Map.of("storefront", storefront)).id();
        retried("/sales/api/sales/" + other + "/abandon/", Map.of());

        var body = owner.get("/sales/api/sales/" + sale).json();
        assertThat(body.get("payments").size()).isEqualTo(2);
        assertThat(body.get("line_items").size()).isEqualTo(1);
        assertThat(body.get("amount_paid").asText()).isEqualTo("15.00");
        assertThat(stock.balance(customer)).isEqualByComparingTo("75.00");
        assertThat(calls).isEmpty();
        Integrity.assertClean(shop);
    }

    /** Sends a POST with a fresh key, then again with the same key; checks nothing changed the second time. */
    private ApiClient.Response retried(String path, Object body) {
        ApiClient client = keyed();
        ApiClient.Response first = client.post(path, body);
        assertThat(first.status()).as(first.toString()).isBetween(200, 299);
        Map<String, Long> before = counts();
        ApiClient.Response second = client.post(path, body);
        assertThat(second.status()).isEqualTo(first.status());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(counts()).as(path).isEqualTo(before);
        return first;
    }

    @Test
    @Timeout(60)
    void ten_identical_add_items_at_once_add_one_line() throws Exception {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        ApiClient client = keyed();

        List<ApiClient.Response> responses = Concurrently.times(10, () -> client.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", 1)));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(201, 409));
        assertThat(responses.stream().filter(r -> r.status() == 201 && r.header("Idempotent-Replayed") == null).count())
                .isEqualTo(1);
        responses.stream().filter(r -> r.status() == 409)
                .forEach(r -> assertThat(r.text("code")).isEqualTo("IDEMPOTENCY_KEY_IN_USE"));
        assertThat(owner.get("/sales/api/sales/" + sale).json().get("line_items").size()).isEqualTo(1);
        assertThat(stock.activeHolds(storefront, product.id())).isEqualByComparingTo("1");
        ApiClient.Response later = client.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", 1));
        assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
        Integrity.assertClean(shop);
    }

    @Test
    @Timeout(60)
    void ten_identical_completes_at_once_pay_once_with_one_receipt_number() throws Exception {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        ApiClient client = keyed();

        List<ApiClient.Response> responses = Concurrently.times(10, () -> client.post("/sales/api/sales/" + sale + "/complete/",
                Map.of("payments", List.of(Map.of("amount_paid", "100.00", "payment_method", "CASH")))));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(200, 409));
        var body = owner.get("/sales/api/sales/" + sale).json();
        assertThat(body.get("payments").size()).isEqualTo(1);
        assertThat(rows("receipt_counter")).isEqualTo(1);
        long lastReceipt = jdbi.withHandle(h -> h.createQuery(
                "SELECT last_value FROM receipt_counter WHERE business_id = :b").bind("b", UUID.fromString(shop.businessId))
                .mapTo(Long.class).one());
        assertThat(lastReceipt).isEqualTo(1);
        Integrity.assertClean(shop);
    }

    @Test
    void the_same_key_with_another_request_is_422_and_a_failure_frees_the_key() {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        ApiClient client = keyed();
        ApiClient.Response tooMany = client.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", 500));
        assertThat(tooMany.text("code")).isEqualTo("INSUFFICIENT_STOCK");

        ApiClient.Response retried = client.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", 500));
        assertThat(retried.text("code")).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(retried.header("Idempotent-Replayed")).isNull();

        ApiClient.Response ok = keyed().post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", 1));
        ApiClient reuse = owner.withHeader("Idempotency-Key", "fixed-" + UUID.randomUUID());
        assertThat(reuse.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1))
                .status()).isEqualTo(201);
        ApiClient.Response different = reuse.post("/sales/api/sales/" + sale + "/add_item/",
                Map.of("product", product.id(), "quantity", 2));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    private long storedKeys() {
        return rows("idempotency_key");
    }

    /**
     * A body that cannot be canonicalised (broken JSON, trailing content, a duplicate key, not an object) is not
     * answered by the idempotency layer: the route answers as without the key (path ids 404 and a stale If-Match 412
     * come before the unparsable body), and nothing is claimed or stored.
     */
    @Test
    void an_uncanonical_body_with_a_key_gets_the_answer_it_gets_without_a_key() {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        List<String> problems = new ArrayList<>();
        for (String body : List.of("{\"product\": ", "{\"quantity\": 1} {}", "{\"quantity\": 1, \"quantity\": 1}",
                "[1, 2]")) {
            for (String[] target : List.of(
                    new String[] {"/sales/api/sales/" + UUID.randomUUID() + "/add_item/", null},
                    new String[] {"/sales/api/sales/not-a-uuid/add_item/", null},
                    new String[] {"/sales/api/sales/" + sale + "/add_item/", "\"999\""},
                    new String[] {"/sales/api/sales/" + sale + "/add_item/", null})) {
                ApiClient plain = target[1] == null ? owner : owner.withHeader("If-Match", target[1]);
                ApiClient.Response without = plain.post(target[0], body);
                long keysBefore = storedKeys();
                ApiClient.Response with = plain.withHeader("Idempotency-Key", "bad-body-" + UUID.randomUUID())
                        .post(target[0], body);
                if (with.status() != without.status() || !with.body().equals(without.body())
                        || with.header("Idempotent-Replayed") != null || storedKeys() != keysBefore) {
                    problems.add(target[0] + " If-Match " + target[1] + " body " + body + ": without key " + without
                            + ", with key " + with);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(owner.post("/sales/api/sales/" + UUID.randomUUID() + "/add_item/", "{\"product\": ").status())
                .isEqualTo(404);
        assertThat(owner.get("/sales/api/sales/" + sale).json().get("line_items").size()).isEqualTo(1);
    }

    @Test
    void a_key_used_with_an_uncanonical_body_is_left_free_and_a_reused_key_with_one_is_not_422() {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        ApiClient client = keyed();
        String path = "/sales/api/sales/" + sale + "/add_item/";

        ApiClient.Response broken = client.post("/sales/api/sales/" + UUID.randomUUID() + "/add_item/",
                "{\"product\": ");
        ApiClient.Response first = client.post(path, Map.of("product", product.id(), "quantity", 1));
        ApiClient.Response retry = client.post(path, Map.of("product", product.id(), "quantity", 1));
        ApiClient.Response reusedBroken = client.post("/sales/api/sales/" + UUID.randomUUID() + "/add_item/",
                "{\"product\": ");
        ApiClient.Response reusedBrokenSamePath = client.post(path, "{\"product\": \"" + product.id() + "\"} {}");
        ApiClient.Response reusedOther = client.post(path, Map.of("product", product.id(), "quantity", 2));

        assertThat(broken.status()).as(broken.toString()).isEqualTo(404);
        assertThat(broken.text("code")).isEqualTo("NOT_FOUND");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(reusedBroken.status()).as(reusedBroken.toString()).isEqualTo(404);
        assertThat(reusedBroken.text("code")).isEqualTo("NOT_FOUND");
        assertThat(reusedBrokenSamePath.status()).as(reusedBrokenSamePath.toString()).isEqualTo(400);
        assertThat(reusedBrokenSamePath.text("code")).isEqualTo("MALFORMED_JSON");
        assertThat(reusedBrokenSamePath.header("Idempotent-Replayed")).isNull();
        assertThat(reusedOther.status()).isEqualTo(422);
        assertThat(reusedOther.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(owner.get("/sales/api/sales/" + sale).json().get("line_items").size()).isEqualTo(1);
    }

    @Test
    void keys_must_be_printable_ascii_of_at_most_255_characters() {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        ApiClient.Response tooLong = owner.withHeader("Idempotency-Key", "k".repeat(256))
                .post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(owner.get("/sales/api/sales/" + sale).json().get("line_items").size()).isZero();
    }

    @Test
    void add_item_with_a_key_costs_two_statements_more() {
        String sale = owner.post("/sales/api/sales/", Map.of("storefront", storefront)).id();
        owner.post("/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1));
        ApiClient client = keyed();

        List<String> statements = shop.server.statements().during(() -> assertThat(client.post(
                "/sales/api/sales/" + sale + "/add_item/", Map.of("product", product.id(), "quantity", 1)).status())
                .isEqualTo(201));

        assertThat(statements).as(String.join("\n---\n", statements)).hasSizeLessThanOrEqualTo(8 + 1 + 2);
    }
}
