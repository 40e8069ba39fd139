package io.salescore.application.inventory.port.in;

import io.salescore.application.inventory.port.ProductStock;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.ProductId;

/** Where a product is stocked: the caller's storefronts with their live holds, and every batch's remainder. */
public interface GetProductStockUseCase {

    ProductStock stock(Actor actor, ProductId id);
}
