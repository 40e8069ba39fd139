package io.salescore.domain.shared;

import java.util.Map;

/** A uniqueness rule would break: {@code EMAIL_TAKEN}, {@code DUPLICATE_SKU}, {@code DUPLICATE_PHONE}. */
public final class ConflictException extends DomainException {

    public ConflictException(String code, String message, Map<String, ?> details) {
        super(Kind.CONFLICT, code, message, "", details, Map.of());
    }
}
