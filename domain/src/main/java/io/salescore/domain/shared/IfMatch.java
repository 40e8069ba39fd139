package io.salescore.domain.shared;

import java.util.Set;

/**
 * A client's condition on the version it edits ({@code If-Match}): any version ({@code *}) or one of the listed
 * ones. A weak or malformed tag is simply not listed, so it never matches.
 */
public record IfMatch(boolean any, Set<Long> versions) {

    public IfMatch {
        versions = Set.copyOf(versions);
    }

    public static IfMatch anyVersion() {
        return new IfMatch(true, Set.of());
    }

    public static IfMatch version(long version) {
        return new IfMatch(false, Set.of(version));
    }

    public boolean matches(long version) {
        return any || versions.contains(version);
    }
}
