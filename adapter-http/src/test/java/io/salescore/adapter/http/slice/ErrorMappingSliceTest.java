package io.salescore.adapter.http.slice;

import io.salescore.application.common.DatabaseUnavailableException;
import io.salescore.application.ops.port.in.CheckReadinessUseCase;
import io.salescore.domain.shared.AuthenticationException;
import io.salescore.domain.shared.BusinessRuleException;
import io.salescore.domain.shared.ConflictException;
import io.salescore.domain.shared.DomainException;
import io.salescore.domain.shared.IdempotencyException;
import io.salescore.domain.shared.InsufficientStockException;
import io.salescore.domain.shared.InvalidSaleStatusException;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.PermissionDeniedException;
import io.salescore.domain.shared.PreconditionFailedException;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.ValidationException;
import io.salescore.domain.access.Actor;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * ErrorMapper as the client sees it: a failure thrown by a use case behind a real route ({@code GET
 * /sales/api/sales/{id}/}) becomes its status, headers and the error body {@code {error, code, developer_message,
 * details, ...}}.
 */
class ErrorMappingSliceTest extends HttpSliceTest {

    private final UUID sale = UUID.randomUUID();

    private Response failingGet(RuntimeException failure) {
        when(get.get(any(), eq(SaleId.of(sale)))).thenThrow(failure);
        return get(salePath(sale));
    }

    static Stream<Arguments> domainFailures() {
        return Stream.of(
                Arguments.of(new NotFoundException(), 404, "NOT_FOUND", "Not found."),
                Arguments.of(new NotFoundException("CUSTOMER_NOT_FOUND", "Customer not found.", "no such customer",
                        Map.of()), 404, "CUSTOMER_NOT_FOUND", "Customer not found."),
                Arguments.of(new PermissionDeniedException("You are not assigned to this storefront."), 403,
                        "PERMISSION_DENIED", "You are not assigned to this storefront."),
                Arguments.of(new BusinessRuleException("EMPTY_SALE", "Cannot complete a sale without items."), 400,
                        "EMPTY_SALE", "Cannot complete a sale without items."),
                Arguments.of(new ConflictException("DUPLICATE_SKU", "A product with this SKU already exists.",
                        Map.of("sku", "SKU-1")), 409, "DUPLICATE_SKU", "A product with this SKU already exists."),
                Arguments.of(IdempotencyException.inUse(), 409, "IDEMPOTENCY_KEY_IN_USE",
                        "A request with this Idempotency-Key is still being processed."),
                Arguments.of(IdempotencyException.reused(), 422, "IDEMPOTENCY_KEY_REUSED",
                        "This Idempotency-Key was already used for a different request."),
                Arguments.of(ValidationException.field("quantity", "Must be greater than zero."), 400,
                        "VALIDATION_ERROR", "quantity: Must be greater than zero."),
                Arguments.of(InsufficientStockException.forLine("Not enough stock for Cola.", new BigDecimal("2"),
                        Quantity.of("5"), null, null, null), 400, "INSUFFICIENT_STOCK", "Not enough stock for Cola."));
    }

    @ParameterizedTest(name = "{2} -> {1}")
    @MethodSource("domainFailures")
    void a_domain_failure_answers_its_status_and_the_error_body(DomainException failure, int status, String code,
                                                                String error) {
        Response r = failingGet(failure);

        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        Map<String, Object> body = r.map();
        assertThat(body).containsEntry("error", error).containsEntry("code", code)
                .containsEntry("developer_message", failure.developerMessage());
        assertThat(JSON.convertValue(body.get("details"), Map.class))
                .isEqualTo(JSON.convertValue(failure.details(), Map.class));
        if (status == 403 || status == 404) {
            assertThat(body).containsEntry("detail", error);
            assertThat(body.keySet()).containsExactly("error", "code", "developer_message", "details", "detail");
        } else {
            assertThat(body).doesNotContainKey("detail");
            assertThat(body.keySet()).containsExactly("error", "code", "developer_message", "details");
        }
    }

    @Test
    void field_errors_are_lists_under_details_by_field() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("discount_amount", List.of("Ensure this value is greater than or equal to 0."));
        fields.put("notes", List.of("Must be a string."));

        Response r = failingGet(new ValidationException("Invalid input: discount_amount, notes.", fields));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("Invalid input: discount_amount, notes.");
        assertThat(r.json().at("/details/discount_amount/0").asText())
                .isEqualTo("Ensure this value is greater than or equal to 0.");
        assertThat(r.json().at("/details/notes/0").asText()).isEqualTo("Must be a string.");
    }

    @Test
    void invalid_sale_status_adds_the_statuses_as_top_level_keys() {
        Response r = failingGet(new InvalidSaleStatusException("Can only change draft sales", "COMPLETED", "DRAFT"));

        assertThat(r.status()).isEqualTo(400);
        Map<String, Object> body = r.map();
        assertThat(body.keySet()).containsExactly("error", "code", "developer_message", "details", "current_status",
                "allowed_status");
        assertThat(body).containsEntry("error", "Can only change draft sales")
                .containsEntry("code", "INVALID_SALE_STATUS")
                .containsEntry("developer_message", "Sale status is COMPLETED; allowed: DRAFT")
                .containsEntry("details", Map.of("current_status", "COMPLETED", "allowed_status", "DRAFT"))
                .containsEntry("current_status", "COMPLETED").containsEntry("allowed_status", "DRAFT");
    }

    @Test
    void a_version_conflict_is_412_with_the_current_version_as_etag() {
        Response r = failingGet(new PreconditionFailedException(9));

        assertThat(r.status()).isEqualTo(412);
        assertThat(r.header("ETag")).isEqualTo("\"9\"");
        assertThat(r.json().get("code").asText()).isEqualTo("PRECONDITION_FAILED");
        assertThat(r.json().get("error").asText())
                .isEqualTo("The sale was changed by someone else. Reload it and try again.");
        assertThat(r.json().get("developer_message").asText())
                .isEqualTo("If-Match does not match the current version 9");
        assertThat(r.json().at("/details/current_version").asLong()).isEqualTo(9);
    }

    @Test
    void a_lock_out_is_429_with_retry_after_in_whole_seconds_and_no_www_authenticate() {
        Response r = failingGet(AuthenticationException.tooManyAttempts(Duration.ofMillis(90_400)));

        assertThat(r.status()).isEqualTo(429);
        assertThat(r.header("Retry-After")).isEqualTo("90");
        assertThat(r.header("WWW-Authenticate")).isNull();
        assertThat(r.json().get("code").asText()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(r.json().get("error").asText()).isEqualTo("Too many failed login attempts. Try again later.");
    }

    @Test
    void an_unexpected_failure_is_a_500_json_without_its_message_or_stack_trace() {
        Response r = failingGet(new IllegalStateException("secret-internal-detail at io.salescore.Boom"));

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.map()).isEqualTo(Map.of("error", "Something went wrong on our side. Please try again.",
                "code", "INTERNAL_ERROR", "developer_message", "", "details", Map.of()));
        assertThat(r.body()).doesNotContain("secret-internal-detail").doesNotContain("IllegalStateException")
                .doesNotContain("\tat ");
        assertThat(r.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void a_database_that_does_not_answer_is_503_with_retry_after_5() {
        Response r = failingGet(new DatabaseUnavailableException("pool: connection refused",
                new SQLException("Connection refused", "08001")));

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isEqualTo("5");
        assertThat(r.map()).isEqualTo(Map.of(
                "error", "The service is temporarily unavailable. Please try again shortly.",
                "code", "DATABASE_UNAVAILABLE", "developer_message", "The database is not answering.",
                "details", Map.of()));
        assertThat(r.body()).doesNotContain("Connection refused");
    }

    @Test
    void a_malformed_id_in_the_path_is_404_and_never_reaches_the_use_case() {
        Response r = get("/sales/api/sales/1-1-1-1-1/");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(r.json().get("detail").asText()).isEqualTo("Not found.");
        verifyNoInteractions(get);
    }

    @Test
    void the_path_id_reaches_the_use_case_as_the_sale_id() {
        when(get.get(any(), any())).thenThrow(new NotFoundException());

        get(salePath(sale.toString().toUpperCase(java.util.Locale.ROOT)));

        ArgumentCaptor<Actor> actor = ArgumentCaptor.forClass(Actor.class);
        verify(get).get(actor.capture(), eq(SaleId.of(sale)));
        assertThat(actor.getValue().userId()).isEqualTo(owner.userId());
        assertThat(actor.getValue().businessId()).isEqualTo(owner.businessId());
        assertThat(actor.getValue().ipAddress()).isEqualTo("127.0.0.1");
        assertThat(actor.getValue().userAgent()).startsWith("Java-http-client/");
    }

    @Test
    void readiness_with_the_database_down_is_503_with_retry_after() {
        readiness.set(new CheckReadinessUseCase.Readiness(false, null, null, "DEGRADED", 3));

        Response r = anonymous("GET", "/health/ready", null);

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isEqualTo("5");
        assertThat(r.json().get("status").asText()).isEqualTo("DOWN");
        assertThat(r.json().get("database").asText()).isEqualTo("DOWN");
        assertThat(r.json().at("/sweeper/status").asText()).isEqualTo("DEGRADED");
        assertThat(r.json().at("/sweeper/failed_runs").asLong()).isEqualTo(3);
        assertThat(r.json().at("/sweeper/last_run_at").isNull()).isTrue();
    }

    @Test
    void readiness_with_the_database_up_is_200_without_a_token() {
        Response r = anonymous("GET", "/health/ready", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Retry-After")).isNull();
        assertThat(r.json().get("status").asText()).isEqualTo("UP");
        assertThat(r.json().at("/sweeper/last_run_at").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(authenticated).isEmpty();
    }
}
