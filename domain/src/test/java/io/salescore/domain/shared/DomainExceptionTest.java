package io.salescore.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The error hierarchy: unchecked, sealed, each failure with a stable code and its structured facts. */
class DomainExceptionTest {

    @Test
    void every_failure_is_an_unchecked_domain_exception_with_a_stable_code() {
        assertThat(List.<DomainException>of(
                ValidationException.rule("x"),
                new NotFoundException(),
                new PermissionDeniedException(),
                new ConflictException("DUPLICATE_SKU", "x", Map.of()),
                InsufficientStockException.forStock("x", java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(2), Map.of()),
                new InvalidSaleStatusException("x", "COMPLETED", "DRAFT"),
                new BusinessRuleException("EMPTY_SALE", "x"),
                AuthenticationException.invalidToken(),
                new PreconditionFailedException(3),
                IdempotencyException.inUse()))
                .extracting(DomainException::code)
                .containsExactly("VALIDATION_ERROR", "NOT_FOUND", "PERMISSION_DENIED", "DUPLICATE_SKU",
                        "INSUFFICIENT_STOCK", "INVALID_SALE_STATUS", "EMPTY_SALE", "INVALID_TOKEN",
                        "PRECONDITION_FAILED", "IDEMPOTENCY_KEY_IN_USE");
        assertThat(RuntimeException.class).isAssignableFrom(DomainException.class);
        assertThat(DomainException.class.isSealed()).isTrue();
    }

    @Test
    void every_failure_says_what_kind_of_refusal_it_is_so_no_adapter_guesses_from_the_code() {
        assertThat(List.<DomainException>of(
                ValidationException.rule("x"),
                new InvalidSaleStatusException("x", "COMPLETED", "DRAFT"),
                new BusinessRuleException("EMPTY_SALE", "x"),
                AuthenticationException.invalidCredentials(),
                AuthenticationException.invalidToken(),
                AuthenticationException.invalidSignature(),
                new PermissionDeniedException(),
                new NotFoundException(),
                new NotFoundException("CUSTOMER_NOT_FOUND", "x", "", Map.of()),
                new ConflictException("EMAIL_TAKEN", "x", Map.of()),
                IdempotencyException.inUse(),
                new PreconditionFailedException(3),
                IdempotencyException.reused(),
                AuthenticationException.tooManyAttempts(Duration.ofSeconds(5)),
                new BusinessRuleException(DomainException.Kind.THROTTLED, "EXPORT_BUSY", "x", "", Map.of(), Map.of())))
                .extracting(DomainException::kind)
                .containsExactly(DomainException.Kind.REFUSED, DomainException.Kind.REFUSED,
                        DomainException.Kind.REFUSED, DomainException.Kind.REFUSED,
                        DomainException.Kind.UNAUTHENTICATED, DomainException.Kind.UNAUTHENTICATED,
                        DomainException.Kind.FORBIDDEN, DomainException.Kind.NOT_FOUND, DomainException.Kind.NOT_FOUND,
                        DomainException.Kind.CONFLICT, DomainException.Kind.CONFLICT, DomainException.Kind.STALE,
                        DomainException.Kind.UNPROCESSABLE, DomainException.Kind.THROTTLED,
                        DomainException.Kind.THROTTLED);
    }

    @Test
    void validation_field_names_the_field_in_message_and_details() {
        ValidationException e = ValidationException.field("quantity", "Must be a whole number");

        assertThat(e.getMessage()).isEqualTo("quantity: Must be a whole number.");
        assertThat(e.details()).containsExactly(Map.entry("quantity", List.of("Must be a whole number")));
        assertThat(ValidationException.field("x", "Ends with a dot.").getMessage()).isEqualTo("x: Ends with a dot.");
    }

    @Test
    void validation_rule_has_no_field_details() {
        ValidationException e = ValidationException.rule("Something is wrong.");

        assertThat(e.getMessage()).isEqualTo("Something is wrong.");
        assertThat(e.details()).isEmpty();
        assertThat(e.developerMessage()).isEmpty();
        assertThat(e.extra()).isEmpty();
    }

    @Test
    void details_and_extra_are_unmodifiable_copies() {
        java.util.HashMap<String, Object> details = new java.util.HashMap<>(Map.of("a", 1));
        BusinessRuleException e = new BusinessRuleException("X", "x", null, details, null);
        details.put("b", 2);

        assertThat(e.details()).containsOnlyKeys("a");
        assertThat(e.extra()).isEmpty();
        assertThat(e.developerMessage()).isEmpty();
        assertThatThrownBy(() -> e.details().put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void insufficient_stock_for_a_line_reports_available_and_requested_with_two_decimals() {
        InsufficientStockException e = InsufficientStockException.forLine(
                "Unable to add item due to stock restrictions.", java.math.BigDecimal.valueOf(2), Quantity.of(3), null, "p-1", null);

        assertThat(e.code()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(e.getMessage()).isEqualTo("Unable to add item due to stock restrictions.");
        assertThat(e.developerMessage()).isEqualTo("Insufficient stock. Available: 2.00, Requested: 3.00");
        assertThat(e.details()).containsEntry("available", "2.00").containsEntry("requested", "3.00")
                .containsEntry("stock_product_id", null).containsEntry("product_id", "p-1")
                .doesNotContainKey("sale_item_id");
    }

    @Test
    void insufficient_stock_never_reports_a_negative_available() {
        InsufficientStockException e = InsufficientStockException.forLine("x", new java.math.BigDecimal("-3"),
                Quantity.of(1), null, "p-1", null);

        assertThat(e.details()).containsEntry("available", "0.00");
    }

    @Test
    void insufficient_stock_at_checkout_names_the_line() {
        InsufficientStockException e = InsufficientStockException.forLine(
                "Unable to complete sale due to stock restrictions.", new java.math.BigDecimal("7"), Quantity.of("10"),
                "sp-1", "p-1", "line-1");

        assertThat(e.details()).containsEntry("sale_item_id", "line-1").containsEntry("stock_product_id", "sp-1")
                .containsEntry("available", "7.00").containsEntry("requested", "10.00");
    }

    @Test
    void invalid_sale_status_carries_current_and_allowed_status_at_top_level_and_in_details() {
        InvalidSaleStatusException e = new InvalidSaleStatusException("Only draft sales can be completed",
                "COMPLETED", "DRAFT");

        assertThat(e.currentStatus()).isEqualTo("COMPLETED");
        assertThat(e.extra()).containsExactly(Map.entry("current_status", "COMPLETED"),
                Map.entry("allowed_status", "DRAFT"));
        assertThat(e.details()).containsEntry("current_status", "COMPLETED").containsEntry("allowed_status", "DRAFT");
    }

    @Test
    void precondition_failed_reports_the_current_version_as_a_number() {
        PreconditionFailedException e = new PreconditionFailedException(7);

        assertThat(e.code()).isEqualTo("PRECONDITION_FAILED");
        assertThat(e.currentVersion()).isEqualTo(7);
        assertThat(e.details()).containsEntry("current_version", 7L);
    }

    @Test
    void authentication_failures() {
        assertThat(AuthenticationException.invalidCredentials().code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(AuthenticationException.invalidCredentials().getMessage()).isEqualTo("Invalid email or password.");
        assertThat(AuthenticationException.invalidToken().getMessage()).isEqualTo("Invalid token.");
        AuthenticationException lockedOut = AuthenticationException.tooManyAttempts(Duration.ofMinutes(15));
        assertThat(lockedOut.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(lockedOut.retryAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(AuthenticationException.invalidToken().retryAfter()).isNull();
    }

    @Test
    void idempotency_failures() {
        assertThat(IdempotencyException.inUse().code()).isEqualTo("IDEMPOTENCY_KEY_IN_USE");
        assertThat(IdempotencyException.reused().code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void not_found_and_permission_denied_defaults() {
        assertThat(new NotFoundException().getMessage()).isEqualTo("Not found.");
        assertThat(new PermissionDeniedException().getMessage())
                .isEqualTo("You do not have permission to perform this action.");
        NotFoundException customer = new NotFoundException("CUSTOMER_NOT_FOUND",
                "Customer not found or does not belong to this business", "", Map.of("customer_id", "c"));
        assertThat(customer.code()).isEqualTo("CUSTOMER_NOT_FOUND");
        assertThat(customer.extra()).containsEntry("customer_id", "c");
    }
}
