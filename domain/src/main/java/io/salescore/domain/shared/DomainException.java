package io.salescore.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Root of every business failure: an unchecked exception with a stable machine-readable code.
 * Adapters turn it into their own error format; the core never knows about HTTP.
 */
public abstract sealed class DomainException extends RuntimeException
        permits ValidationException, NotFoundException, PermissionDeniedException, ConflictException,
        InsufficientStockException, InvalidSaleStatusException, BusinessRuleException,
        AuthenticationException, PreconditionFailedException, IdempotencyException {

    private final String code;
    private final String developerMessage;
    private final Map<String, Object> details;
    private final Map<String, Object> extra;

    protected DomainException(String code, String message, String developerMessage,
                              Map<String, ?> details, Map<String, ?> extra) {
        super(message);
        this.code = code;
        this.developerMessage = developerMessage == null ? "" : developerMessage;
        this.details = copy(details);
        this.extra = copy(extra);
    }

    private static Map<String, Object> copy(Map<String, ?> source) {
        return source == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    /** Stable code frontends switch on, e.g. {@code INSUFFICIENT_STOCK}. */
    public String code() {
        return code;
    }

    /** A sentence for developers; may be empty. */
    public String developerMessage() {
        return developerMessage;
    }

    /** Structured facts about the failure (field errors, quantities, ids). */
    public Map<String, Object> details() {
        return details;
    }

    /** Additional top-level keys some clients expect beside {@code error} and {@code code}. */
    public Map<String, Object> extra() {
        return extra;
    }
}
