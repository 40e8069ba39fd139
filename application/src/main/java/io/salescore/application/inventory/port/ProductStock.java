package io.salescore.application.inventory.port;

import io.salescore.application.catalog.port.StockProductView;
import io.salescore.domain.catalog.Product;
import io.salescore.domain.shared.StorefrontId;

import java.math.BigDecimal;
import java.util.List;

/** Where a product's stock is: per storefront the caller may see (with live holds), and per batch. */
public record ProductStock(Product product, List<StorefrontStock> storefronts, List<StockProductView> batches) {

    public ProductStock {
        storefronts = List.copyOf(storefronts);
        batches = List.copyOf(batches);
    }

    /** A storefront's quantity and the part of it live holds keep. */
    public record StorefrontStock(StorefrontId storefront, String storefrontName, BigDecimal quantity,
                                  BigDecimal reserved) {

        /** {@code max(0, quantity − reserved)}: what can still be sold. */
        public BigDecimal unreserved() {
            return quantity.subtract(reserved).max(BigDecimal.ZERO);
        }
    }
}
