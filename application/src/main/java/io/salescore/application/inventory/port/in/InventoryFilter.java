package io.salescore.application.inventory.port.in;

/**
 * Which inventory rows of a storefront a list shows: {@code search} a case-insensitive substring of the product's
 * name, SKU or barcode; {@code barcode} exact; {@code inStock} true for rows with unreserved stock, false for rows
 * without; {@code activeProducts} true/false for active/inactive products, {@code null} for all.
 */
public record InventoryFilter(String search, String barcode, Boolean inStock, Boolean activeProducts) {
}
