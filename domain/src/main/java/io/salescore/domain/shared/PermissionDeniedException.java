package io.salescore.domain.shared;

import java.util.Map;

/** The caller's role or storefront assignment does not allow the action: {@code PERMISSION_DENIED}. */
public final class PermissionDeniedException extends DomainException {

    public PermissionDeniedException(String message) {
        super(Kind.FORBIDDEN, "PERMISSION_DENIED", message, "", Map.of(), Map.of());
    }

    public PermissionDeniedException() {
        this("You do not have permission to perform this action.");
    }
}
