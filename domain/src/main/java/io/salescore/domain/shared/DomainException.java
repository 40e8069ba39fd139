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

    /**
     * What kind of refusal this is; an adapter decides from it alone how to answer (HTTP: 400, 401, 403, 404, 409,
     * 412, 422, 429), so a new code is answered as its thrower classed it, never by a default.
     */
    public enum Kind {
        /** The request cannot be done as asked: bad input, or a business rule refuses it. */
        REFUSED,
        /** Who the caller is could not be established. */
        UNAUTHENTICATED,
        /** The caller is known and may not do this. */
        FORBIDDEN,
        /** The thing addressed does not exist for this caller. */
        NOT_FOUND,
        /** It clashes with the current state of something else (a duplicate, a request in flight, an open session). */
        CONFLICT,
        /** The caller's expected version is not the current one. */
        STALE,
        /** Well-formed, but not acceptable in this context (an idempotency key reused for another request). */
        UNPROCESSABLE,
        /** Too many at once or too often; try again later. */
        THROTTLED
    }

    private final Kind kind;
    private final String code;
    private final String developerMessage;
    private final Map<String, Object> details;
    private final Map<String, Object> extra;

    protected DomainException(Kind kind, String code, String message, String developerMessage,
                              Map<String, ?> details, Map<String, ?> extra) {
        super(message);
        this.kind = java.util.Objects.requireNonNull(kind);
        this.code = code;
        this.developerMessage = developerMessage == null ? "" : developerMessage;
        this.details = copy(details);
        this.extra = copy(extra);
    }

    private static Map<String, Object> copy(Map<String, ?> source) {
        return source == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    public Kind kind() {
        return kind;
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
