package io.salescore.application.catalog.port;

/** Which warehouses a list shows: {@code search} on the name; {@code active} true/false, or {@code null} for all. */
public record WarehouseFilter(String search, Boolean active) {
}
