package io.salescore.application.inventory.port;

import io.salescore.domain.shared.Money;

/**
 * Which inventory rows of a storefront a list shows: {@code search} a case-insensitive substring of the product's
 * name, SKU or barcode; {@code barcode} exact; {@code inStock} true for rows with unreserved stock, false for rows
 * without; {@code activeProducts} true/false for active/inactive products, {@code null} for all; for the sale
 * catalogue, {@code onHand} true for rows with a quantity above zero (before holds), {@code minPrice} and
 * {@code maxPrice} inclusive bounds on the default retail price, {@code withBatch} only products with a batch.
 */
public record InventoryFilter(String search, String barcode, Boolean inStock, Boolean activeProducts,
                              boolean onHand, Money minPrice, Money maxPrice, boolean withBatch) {

    public InventoryFilter(String search, String barcode, Boolean inStock, Boolean activeProducts) {
        this(search, barcode, inStock, activeProducts, false, null, null, false);
    }

    /** What a till may sell: active products with a batch, on hand unless {@code includeZero}. */
    public static InventoryFilter saleCatalogue(String search, boolean includeZero, Money minPrice, Money maxPrice) {
        return new InventoryFilter(search, null, null, true, !includeZero, minPrice, maxPrice, true);
    }
}
