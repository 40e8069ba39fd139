package io.salescore.application.inventory.port;

import io.salescore.domain.shared.StockProductId;
import java.time.Instant;
import java.util.List;

import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;

import java.math.BigDecimal;

/**
 * One product a storefront sells from: its quantity, what live holds keep, and the prices a new sale line would
 * take by default (the newest batch transferred into the storefront, else the newest in the business; null when
 * there is no batch).
 */
public record InventoryLine(ProductId product, String productName, String sku, String barcode, String unit,
                            BigDecimal quantity, BigDecimal reserved, Money retailPrice, Money wholesalePrice,
                            List<StockProductId> batches, Instant lastStockedAt) {

    /** {@code batches}: the default batch (whose prices these are, created at {@code lastStockedAt}) first, then
     * the product's other batches, newest first. */
    public InventoryLine {
        batches = List.copyOf(batches);
    }

    /** {@code max(0, quantity − reserved)}. */
    public BigDecimal unreserved() {
        return quantity.subtract(reserved).max(BigDecimal.ZERO);
    }
}
