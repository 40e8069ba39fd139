package io.salescore.domain.inventory;

import io.salescore.domain.catalog.Product;
import io.salescore.domain.catalog.ProductUnit;
import io.salescore.domain.catalog.StockProduct;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StockProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.UUID;

/**
 * Stock moved from a batch into a storefront. Whether the batch still has enough is decided where the batch is
 * kept (one guarded update, never read-then-write); everything else is decided here.
 */
public record StockTransfer(UUID id, BusinessId businessId, StockProductId stockProductId, ProductId productId,
                            StorefrontId storefrontId, Quantity quantity, UserId userId, Instant createdAt) {

    /**
     * A transfer of {@code quantity} of {@code batch} (a batch of {@code product}) into {@code storefront}: the
     * storefront takes transfers only while active, and a {@code pcs} product moves in whole units only.
     */
    public static StockTransfer of(UUID id, StockProduct batch, Product product, Storefront storefront,
                                   Quantity quantity, UserId user, Instant now) {
        if (!batch.productId().equals(product.id())) {
            throw new IllegalArgumentException("The batch is not a batch of this product");
        }
        storefront.requireOpen("storefront");
        ProductUnit.requireFits(product.unit(), quantity.value(), "quantity");
        return new StockTransfer(id, storefront.state().businessId(), batch.id(), product.id(), storefront.id(),
                quantity, user, now);
    }
}
