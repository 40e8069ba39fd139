package io.salescore.application.inventory.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.StockAdjustment;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;


/**
 * Count corrections of a storefront's stock. Never below zero nor below what live holds keep
 * ({@code INSUFFICIENT_STOCK} with {@code available} = unreserved); each one an ADJUSTMENT movement and a
 * {@code stock.adjusted} audit entry. OWNER and ADMIN anywhere, MANAGER in assigned storefronts; CASHIER reads only.
 */
public interface StockAdjustmentsUseCase {

    StockAdjustment adjust(Actor actor, StorefrontId storefront, Input<StockAdjustment.Request> input);

    /** Newest first; {@code product} may be {@code null}. */
    Page<StockAdjustment> list(Actor actor, StorefrontId storefront, ProductId product, PageRequest page);
}
