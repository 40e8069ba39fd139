package io.salescore.domain.shared;

import java.util.Set;

/**
 * The version a caller expects the thing it changes to be at: any version, or one of the listed ones (optimistic
 * concurrency). Adapters build it from their own conditions (HTTP: {@code If-Match}, where {@code *} is any and a
 * weak or malformed tag is simply not listed, so it never matches).
 */
public record ExpectedVersion(boolean any, Set<Long> versions) {

    public ExpectedVersion {
        versions = Set.copyOf(versions);
    }

    public static ExpectedVersion anyVersion() {
        return new ExpectedVersion(true, Set.of());
    }

    public static ExpectedVersion version(long version) {
        return new ExpectedVersion(false, Set.of(version));
    }

    public boolean matches(long version) {
        return any || versions.contains(version);
    }
}
