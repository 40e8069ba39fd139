package io.salescore.application.inventory.port.out;

import io.salescore.domain.inventory.StockAdjustment;
import io.salescore.domain.inventory.StockMovement;
import io.salescore.domain.inventory.StockTransfer;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: what changes a storefront's stock and the records of each change (transfers, adjustments, the movement
 * ledger). Quantities change only by guarded statements on the inventory row, which lock it (the same lock sales
 * take), so the check and the write are one step whatever the concurrency. Writes run in the caller's transaction.
 */
public interface StockLedger {

    /** Adds to a storefront's stock, creating its inventory row when the product was never stocked there. */
    BigDecimal addToInventory(BusinessId business, StorefrontId storefront, ProductId product, BigDecimal quantity,
                              Instant now);

    /**
     * Takes {@code quantity} away unless that would leave less than the ACTIVE holds keep (the row's
     * {@code reserved} counter). Returns the quantity left, or empty when refused or when there is no row.
     */
    Optional<BigDecimal> removeFromInventory(BusinessId business, StorefrontId storefront, ProductId product,
                                             BigDecimal quantity, Instant now);

    /** The storefront's quantity of the product, empty when it was never stocked there. */
    Optional<BigDecimal> quantityOf(BusinessId business, StorefrontId storefront, ProductId product);

    void insertTransfer(StockTransfer transfer);

    void insertAdjustment(StockAdjustment adjustment);

    void insertMovement(StockMovement movement);
}
