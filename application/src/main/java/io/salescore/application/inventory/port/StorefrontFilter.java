package io.salescore.application.inventory.port;

/** Which storefronts a list shows: {@code search} on the name; {@code active} true/false, or {@code null} for all. */
public record StorefrontFilter(String search, Boolean active) {
}
