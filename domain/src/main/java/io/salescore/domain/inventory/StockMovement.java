package io.salescore.domain.inventory;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the append-only stock ledger: a storefront's inventory quantity always equals the sum of the
 * {@code quantityDelta} of its movements. {@code reference} is the transfer, adjustment or sale behind it.
 */
public record StockMovement(UUID id, BusinessId businessId, StorefrontId storefrontId, ProductId productId,
                            MovementKind kind, BigDecimal quantityDelta, UUID reference, UserId userId,
                            Instant createdAt) {

    public StockMovement {
        if (quantityDelta == null || quantityDelta.signum() == 0) {
            throw new IllegalArgumentException("A stock movement changes the quantity");
        }
        if ((kind == MovementKind.TRANSFER_IN || kind == MovementKind.RETURN) && quantityDelta.signum() < 0) {
            throw new IllegalArgumentException("A transfer in or a return adds stock");
        }
    }

    /** The ledger entry of a transfer into a storefront. */
    public static StockMovement of(UUID id, StockTransfer transfer) {
        return new StockMovement(id, transfer.businessId(), transfer.storefrontId(), transfer.productId(),
                MovementKind.TRANSFER_IN, transfer.quantity().value(), transfer.id(), transfer.userId(),
                transfer.createdAt());
    }

    /** The ledger entry of a count correction. */
    public static StockMovement of(UUID id, StockAdjustment adjustment) {
        return new StockMovement(id, adjustment.businessId(), adjustment.storefrontId(), adjustment.productId(),
                MovementKind.ADJUSTMENT, adjustment.quantityDelta(), adjustment.id(), adjustment.userId(),
                adjustment.createdAt());
    }
}
