package io.salescore.application.inventory.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.inventory.port.TransferFilter;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.StockTransfer;


/**
 * Transfers from a batch into a storefront: atomic, never below zero on either side, each one a TRANSFER_IN
 * movement and a {@code stock.transferred} audit entry. OWNER and ADMIN anywhere, MANAGER into assigned
 * storefronts, never CASHIER; everyone lists the transfers of the storefronts they see.
 */
public interface StockTransfersUseCase {

    /**
     * @throws io.salescore.domain.shared.InsufficientStockException when the batch has too little left
     * @throws io.salescore.domain.shared.ValidationException for unknown ids, an inactive storefront, a fractional
     *         quantity of a pcs product
     */
    StockTransfer transfer(Actor actor, Input<TransferStockCommand> input);

    /** Newest first, filtered silently to the caller's storefronts. */
    Page<StockTransfer> list(Actor actor, TransferFilter filter, PageRequest page);
}
