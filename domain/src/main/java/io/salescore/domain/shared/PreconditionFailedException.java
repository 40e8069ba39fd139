package io.salescore.domain.shared;

import java.util.Map;

/** The client edited a stale version of a sale ({@code If-Match} did not match): {@code PRECONDITION_FAILED}. */
public final class PreconditionFailedException extends DomainException {

    private final long currentVersion;

    public PreconditionFailedException(long currentVersion) {
        super(Kind.STALE, "PRECONDITION_FAILED", "The sale was changed by someone else. Reload it and try again.",
                "If-Match does not match the current version " + currentVersion,
                Map.of("current_version", currentVersion), Map.of());
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
