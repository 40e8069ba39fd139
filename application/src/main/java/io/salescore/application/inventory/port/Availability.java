package io.salescore.application.inventory.port;

import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;
import java.math.BigDecimal;
import java.util.List;

/** Inventory quantity (0 when never stocked), the live holds and the batches transferred in. */
public record Availability(StorefrontId storefront, ProductId product, BigDecimal quantity, List<LiveHold> holds,
                    List<BatchIn> batches) {
}
