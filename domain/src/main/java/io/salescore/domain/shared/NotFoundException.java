package io.salescore.domain.shared;

import java.util.Map;

/** The resource does not exist for the caller (unknown, malformed id, or another business's). */
public final class NotFoundException extends DomainException {

    public NotFoundException() {
        super(Kind.NOT_FOUND, "NOT_FOUND", "Not found.", "", Map.of(), Map.of());
    }

    public NotFoundException(String code, String message, String developerMessage, Map<String, ?> extra) {
        super(Kind.NOT_FOUND, code, message, developerMessage, Map.of(), extra);
    }
}
