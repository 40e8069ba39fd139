package io.salescore.adapter.http.slice;

import io.salescore.application.sale.port.in.AddItemUseCase;
import io.salescore.application.sale.port.in.LineResult;
import io.salescore.domain.sale.Sale;
import io.salescore.domain.sale.SaleLine;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.PreconditionFailedException;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

/**
 * {@code Idempotency-Key} on authenticated POSTs: the request goes through {@code RunIdempotentlyUseCase} (here an
 * in-memory map) with a hash of user, method, path and canonical body, and a replay answers the saved status, body
 * and ETag with {@code Idempotent-Replayed: true}.
 */
class IdempotencySliceTest extends HttpSliceTest {

    private static final String SALES = "/sales/api/sales/";

    private final String key = "till-7-" + UUID.randomUUID();

    private String createBody() {
        return "{\"storefront\": \"" + storefront + "\", \"notes\": \"first\"}";
    }

    @Test
    void a_post_without_a_key_does_not_use_the_idempotency_store() {
        when(create.create(any(), any())).thenReturn(view(draft(1)));

        Response r = post(SALES, createBody());

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Idempotent-Replayed")).isNull();
        assertThat(idempotency.calls).isEmpty();
        verify(create).create(any(), any());
    }

    @Test
    void a_retry_with_the_same_key_replays_the_first_answer_without_running_the_use_case_again() {
        Sale sale = draft(1);
        when(create.create(any(), any())).thenReturn(view(sale));

        Response first = post(SALES, createBody(), "Idempotency-Key", key);
        // The same request: keys in another order, other whitespace, no trailing slash.
        Response retry = post("/sales/api/sales", "{ \"notes\":\"first\",\n \"storefront\":\"" + storefront + "\" }",
                "Idempotency-Key", key, "X-Request-Id", "retry-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("ETag")).isEqualTo("\"1\"");
        assertThat(retry.header("Content-Type")).startsWith("application/json");
        assertThat(retry.header("Cache-Control")).isEqualTo("no-store");
        assertThat(retry.header("X-Request-Id")).isEqualTo("retry-1");
        verify(create, times(1)).create(any(), any());
        assertThat(idempotency.executed).hasValue(1);
        assertThat(idempotency.calls).hasSize(2);
        assertThat(idempotency.calls.get(0).hash()).isEqualTo(idempotency.calls.get(1).hash());
        assertThat(idempotency.calls).allSatisfy(call -> {
            assertThat(call.key()).isEqualTo(key);
            assertThat(call.actor().userId()).isEqualTo(owner.userId());
            assertThat(call.hash()).hasSize(32);
        });
    }

    @Test
    void the_same_key_with_another_body_is_422_key_reused() {
        when(create.create(any(), any())).thenReturn(view(draft(1)));
        post(SALES, createBody(), "Idempotency-Key", key);

        Response other = post(SALES, "{\"storefront\": \"" + storefront + "\", \"notes\": \"second\"}",
                "Idempotency-Key", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.header("Idempotent-Replayed")).isNull();
        assertThat(other.map()).isEqualTo(Map.of(
                "error", "This Idempotency-Key was already used for a different request.",
                "code", "IDEMPOTENCY_KEY_REUSED", "developer_message", "", "details", Map.of()));
        assertThat(idempotency.calls.get(0).hash()).isNotEqualTo(idempotency.calls.get(1).hash());
        verify(create, times(1)).create(any(), any());
    }

    @Test
    void the_same_key_and_body_on_another_path_is_another_request() {
        when(create.create(any(), any())).thenReturn(view(draft(1)));
        Response first = post(SALES, createBody(), "Idempotency-Key", key);

        Response other = post(salePath(UUID.randomUUID()) + "add_item/", createBody(), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(idempotency.calls).hasSize(2);
        assertThat(idempotency.calls.get(0).hash()).isNotEqualTo(idempotency.calls.get(1).hash());
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        verifyNoInteractions(addItem);
    }

    @Test
    void an_unparsable_body_is_the_routes_malformed_json_and_never_claims_or_replays_a_key() {
        when(create.create(any(), any())).thenReturn(view(draft(1)));
        Response clean = post(SALES, createBody(), "Idempotency-Key", key);
        idempotency.calls.clear();

        Response trailing = post(SALES, createBody() + " {}", "Idempotency-Key", key);
        Response duplicate = post(SALES, "{\"storefront\": \"" + storefront + "\", \"notes\": \"first\","
                + " \"notes\": \"first\"}", "Idempotency-Key", key);
        Response broken = post(SALES, "{\"storefront\": ", "Idempotency-Key", "fresh-" + key);

        assertThat(clean.status()).isEqualTo(201);
        for (Response r : new Response[] {trailing, duplicate, broken}) {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.json().get("code").asText()).isEqualTo("MALFORMED_JSON");
            assertThat(r.json().at("/details/reason").asText()).isEqualTo("Unparsable JSON.");
            assertThat(r.header("Idempotent-Replayed")).isNull();
        }
        assertThat(idempotency.calls).isEmpty();
        verify(create, times(1)).create(any(), any());
    }

    // ---- a body that cannot be canonicalised: the route answers as if no key were sent ---------------------

    /** Bodies IdempotentPosts cannot hash as canonical JSON: broken, trailing content, a duplicate key, no object. */
    static Stream<String> uncanonicalBodies() {
        return Stream.of("{\"product\": ", "{\"product\": \"x\"} {}", "{\"quantity\": 1, \"quantity\": 1}", "[1, 2]");
    }

    /** Failures the contract puts before an unparsable body (path id 404, permission 403, stale version 412). */
    static Stream<Arguments> failuresBeforeTheBody() {
        return uncanonicalBodies().flatMap(body -> Stream.<Supplier<RuntimeException>>of(NotFoundException::new,
                        () -> new PermissionDeniedException("You are not assigned to this storefront."),
                        () -> new PreconditionFailedException(7))
                .map(failure -> Arguments.of(body, failure)));
    }

    @ParameterizedTest
    @MethodSource("failuresBeforeTheBody")
    void an_uncanonical_body_with_a_key_gets_the_same_answer_as_without_a_key(String body,
                                                                                Supplier<RuntimeException> failure) {
        UUID sale = UUID.randomUUID();
        when(addItem.addItem(any(), any())).thenThrow(failure.get());

        Response withoutKey = post(salePath(sale) + "add_item/", body);
        Response withKey = post(salePath(sale) + "add_item/", body, "Idempotency-Key", key);

        assertThat(withoutKey.status()).as(withoutKey.toString()).isIn(403, 404, 412);
        assertThat(withKey.status()).as(withKey.toString()).isEqualTo(withoutKey.status());
        assertThat(withKey.body()).isEqualTo(withoutKey.body());
        assertThat(withKey.header("ETag")).isEqualTo(withoutKey.header("ETag"));
        assertThat(withKey.header("Idempotent-Replayed")).isNull();
        assertThat(idempotency.calls).as("nothing claimed, nothing stored").isEmpty();
        verify(addItem, times(2)).addItem(any(), any());
    }

    @ParameterizedTest
    @MethodSource("uncanonicalBodies")
    void an_uncanonical_body_with_a_key_to_a_malformed_sale_id_is_404_as_without_a_key(String body) {
        Response withoutKey = post("/sales/api/sales/not-a-uuid/add_item/", body);
        Response withKey = post("/sales/api/sales/not-a-uuid/add_item/", body, "Idempotency-Key", key);

        assertThat(withoutKey.status()).as(withoutKey.toString()).isEqualTo(404);
        assertThat(withKey.status()).as(withKey.toString()).isEqualTo(404);
        assertThat(withKey.body()).isEqualTo(withoutKey.body());
        assertThat(withKey.json().get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(idempotency.calls).isEmpty();
        verifyNoInteractions(addItem);
    }

    @Test
    void a_key_reused_with_an_uncanonical_body_answers_as_without_a_key_not_422() {
        Sale sale = draft(1);
        SaleLine line = sale.addLine(SaleItemId.of(UUID.randomUUID()), ProductId.of(UUID.randomUUID()),
                StockProductId.of(UUID.randomUUID()), "Cola", "SKU-1", "pcs", Quantity.of("1"), Money.of("5.00"),
                true, Percentage.ZERO, Percentage.ZERO, NOW);
        when(addItem.addItem(any(), any())).thenReturn(new LineResult(view(sale), line.id()));
        Response stored = post(salePath(sale.id()) + "add_item/",
                "{\"product\": \"" + UUID.randomUUID() + "\", \"quantity\": 1}", "Idempotency-Key", key);
        assertThat(stored.status()).isEqualTo(201);
        reset(addItem);
        idempotency.calls.clear();
        when(addItem.addItem(any(), any())).thenThrow(new NotFoundException());

        Response unknownSale = post(salePath(UUID.randomUUID()) + "add_item/", "{\"product\": ",
                "Idempotency-Key", key);
        Response malformedId = post("/sales/api/sales/not-a-uuid/add_item/", "{\"product\": ",
                "Idempotency-Key", key);

        assertThat(unknownSale.status()).as(unknownSale.toString()).isEqualTo(404);
        assertThat(unknownSale.json().get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(malformedId.status()).as(malformedId.toString()).isEqualTo(404);
        assertThat(unknownSale.header("Idempotent-Replayed")).isNull();
        assertThat(idempotency.calls).isEmpty();
    }

    @Test
    void after_an_uncanonical_body_the_same_key_with_a_good_body_runs_normally_and_is_then_replayed() {
        Sale sale = draft(1);
        SaleLine line = sale.addLine(SaleItemId.of(UUID.randomUUID()), ProductId.of(UUID.randomUUID()),
                StockProductId.of(UUID.randomUUID()), "Cola", "SKU-1", "pcs", Quantity.of("1"), Money.of("5.00"),
                true, Percentage.ZERO, Percentage.ZERO, NOW);
        when(addItem.addItem(any(), any())).thenAnswer(call -> {
            AddItemUseCase.Command command = call.getArgument(1);
            command.item().get();
            return new LineResult(view(sale), line.id());
        });
        String path = salePath(sale.id()) + "add_item/";
        String good = "{\"product\": \"" + UUID.randomUUID() + "\", \"quantity\": 1}";

        Response broken = post(path, "{\"product\": ", "Idempotency-Key", key);
        Response first = post(path, good, "Idempotency-Key", key);
        Response retry = post(path, good, "Idempotency-Key", key);

        assertThat(broken.status()).as(broken.toString()).isEqualTo(400);
        assertThat(broken.json().get("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(idempotency.calls).hasSize(2);
        assertThat(idempotency.executed).hasValue(1);
        verify(addItem, times(2)).addItem(any(), any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"storefront\": ", "[1, 2]"})
    void an_uncanonical_body_never_reaches_the_idempotency_store_even_with_a_malformed_key(String body) {
        Response withoutKey = post(SALES, body);
        Response withKey = post(SALES, body, "Idempotency-Key", "k".repeat(256));

        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(withKey.status()).isEqualTo(400);
        assertThat(withKey.body()).isEqualTo(withoutKey.body());
        assertThat(idempotency.calls).isEmpty();
    }

    @Test
    void a_failed_first_run_answers_its_error_and_keeps_nothing_to_replay() {
        when(create.create(any(), any()))
                .thenThrow(new BusinessRuleException("NO_OPEN_SESSION", "Open a till session first."))
                .thenReturn(view(draft(1)));

        Response failed = post(SALES, createBody(), "Idempotency-Key", key);
        Response retry = post(SALES, createBody(), "Idempotency-Key", key);

        assertThat(failed.status()).isEqualTo(400);
        assertThat(failed.json().get("code").asText()).isEqualTo("NO_OPEN_SESSION");
        assertThat(failed.json().get("error").asText()).isEqualTo("Open a till session first.");
        assertThat(failed.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(idempotency.executed).hasValue(2);
        verify(create, times(2)).create(any(), any());
    }

    @Test
    void an_add_item_replay_carries_the_etag_of_the_first_answer() {
        Sale sale = draft(1);
        SaleLine line = sale.addLine(SaleItemId.of(UUID.randomUUID()), ProductId.of(UUID.randomUUID()),
                StockProductId.of(UUID.randomUUID()), "Cola", "SKU-1", "pcs", Quantity.of("1"), Money.of("5.00"),
                true, Percentage.ZERO, Percentage.ZERO, NOW);
        when(addItem.addItem(any(), any())).thenReturn(new LineResult(view(sale), line.id()));
        String body = "{\"product\": \"" + UUID.randomUUID() + "\", \"quantity\": 1}";

        Response first = post(salePath(sale.id()) + "add_item/", body, "Idempotency-Key", key);
        Response retry = post(salePath(sale.id()) + "add_item/", body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("ETag")).isEqualTo("\"" + sale.version() + "\"");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.body()).isEqualTo(first.body());
        verify(addItem, times(1)).addItem(any(), any());
    }

    @Test
    void a_key_on_a_patch_is_ignored() {
        Sale sale = draft(3);
        when(update.update(any(), any())).thenReturn(view(sale));

        Response once = send("PATCH", salePath(sale.id()), "{\"notes\": \"x\"}", "Idempotency-Key", key);
        Response twice = send("PATCH", salePath(sale.id()), "{\"notes\": \"x\"}", "Idempotency-Key", key);

        assertThat(once.status()).isEqualTo(200);
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.header("Idempotent-Replayed")).isNull();
        assertThat(idempotency.calls).isEmpty();
        verify(update, times(2)).update(any(), any());
    }
}
