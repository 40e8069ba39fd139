package io.salescore.application.inventory.port;

import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StockProductId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One product of the multi-storefront sale catalogue (compat.md E7): its default prices and batches as in
 * {@link InventoryLine}, "this storefront" being any listed one, and its inventory row at each listed storefront
 * that has one ({@code locations}, by storefront name), each with its live holds.
 */
public record MultiStorefrontLine(ProductId product, String productName, String sku, String barcode, String unit,
                                  Money retailPrice, Money wholesalePrice, List<StockProductId> batches,
                                  Instant lastStockedAt, List<ProductStock.StorefrontStock> locations) {

    public MultiStorefrontLine {
        batches = List.copyOf(batches);
        locations = List.copyOf(locations);
    }

    /** Σ of the locations' unreserved quantities (each {@code max(0, quantity − reserved)}). */
    public BigDecimal totalAvailable() {
        return locations.stream().map(ProductStock.StorefrontStock::unreserved).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
