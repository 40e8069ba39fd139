package io.salescore.domain.inventory;

import java.util.Locale;
import java.util.Set;

/**
 * A storefront's short code used in receipt numbers: {@code ^[A-Z0-9]{2,8}$}. By default the first eight
 * upper-cased letters and digits of the name ({@code SF} when fewer than two), with a numeric suffix replacing
 * the last characters when the code is taken.
 */
public record StorefrontCode(String value) {

    public static final String PATTERN = "^[A-Z0-9]{2,8}$";

    public StorefrontCode {
        if (value == null || !value.matches(PATTERN)) {
            throw io.salescore.domain.shared.ValidationException.field("code",
                    "Must be 2 to 8 upper-case letters or digits.");
        }
    }

    /** The default code for a name, avoiding the codes already taken in the business. */
    public static StorefrontCode derive(String name, Set<String> taken) {
        StringBuilder base = new StringBuilder();
        for (char c : name.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                base.append(c);
                if (base.length() == 8) {
                    break;
                }
            }
        }
        String candidate = base.length() < 2 ? "SF" : base.toString();
        if (!taken.contains(candidate)) {
            return new StorefrontCode(candidate);
        }
        for (int n = 2; ; n++) {
            String suffix = Integer.toString(n);
            String stem = candidate.length() + suffix.length() > 8
                    ? candidate.substring(0, 8 - suffix.length()) : candidate;
            String next = stem + suffix;
            if (!taken.contains(next)) {
                return new StorefrontCode(next);
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
