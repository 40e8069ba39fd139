package io.salescore.adapter.persistence.common;

/**
 * {@code ?search=} as a LIKE pattern: {@code %} and {@code _} in the search mean themselves. The escape character is
 * {@code !}, not a backslash, which Jdbi's statement parser would take as escaping the closing quote.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** A pattern matching any text that contains {@code text}; use with {@code ESCAPE '!'}. */
    public static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
