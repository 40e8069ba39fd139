package io.salescore.domain.shared;

import java.util.Map;

/**
 * A business rule refused the action, e.g. {@code EMPTY_SALE}, {@code PAYMENT_REQUIRED},
 * {@code OVERPAYMENT_NOT_ALLOWED}, {@code CUSTOMER_REQUIRED}, {@code CUSTOMER_INACTIVE},
 * {@code CREDIT_BLOCKED}, {@code CREDIT_LIMIT_EXCEEDED}.
 */
public final class BusinessRuleException extends DomainException {

    public BusinessRuleException(String code, String message) {
        this(code, message, "", Map.of(), Map.of());
    }

    public BusinessRuleException(String code, String message, String developerMessage, Map<String, ?> details,
                                 Map<String, ?> extra) {
        this(Kind.REFUSED, code, message, developerMessage, details, extra);
    }

    /** A rule whose refusal is of another kind than {@link Kind#REFUSED}, e.g. {@code EXPORT_BUSY} (throttled). */
    public BusinessRuleException(Kind kind, String code, String message, String developerMessage,
                                 Map<String, ?> details, Map<String, ?> extra) {
        super(kind, code, message, developerMessage, details, extra);
    }
}
