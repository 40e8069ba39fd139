package io.salescore.application.catalog.port;

/**
 * Which products a list shows: {@code search} a case-insensitive substring of name, SKU or barcode, {@code barcode}
 * an exact barcode, {@code active} true/false for active/inactive only, {@code null} for all. Absent filters are null.
 */
public record ProductFilter(String search, String barcode, Boolean active) {

    public static ProductFilter activeOnly() {
        return new ProductFilter(null, null, true);
    }
}
