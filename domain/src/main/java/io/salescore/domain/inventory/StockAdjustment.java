package io.salescore.domain.inventory;

import io.salescore.domain.catalog.ProductUnit;
import io.salescore.domain.catalog.TextField;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Decimals;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;
import io.salescore.domain.shared.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/**
 * A count correction of a storefront's stock, with its reason and the quantity it left. It never takes the
 * quantity below zero nor below what live holds keep; that is decided where the inventory row is kept, under its
 * lock.
 */
public record StockAdjustment(UUID id, BusinessId businessId, StorefrontId storefrontId, ProductId productId,
                              BigDecimal quantityDelta, String reason, BigDecimal quantityAfter, UserId userId,
                              Instant createdAt) {

    /** What the caller asked for, checked: a non-zero change of at most two decimals (whole for pcs), a reason. */
    public record Request(ProductId productId, BigDecimal quantityDelta, String reason) {

        public Request {
            if (quantityDelta == null) {
                throw ValidationException.field("quantity_delta", "This field is required.");
            }
            if (quantityDelta.signum() == 0) {
                throw ValidationException.field("quantity_delta", "Must not be zero.");
            }
            if (Decimals.scaleOf(quantityDelta) > 2) {
                throw ValidationException.field("quantity_delta", "Quantities have at most 2 decimal places.");
            }
            if (quantityDelta.abs().compareTo(Quantity.MAX) > 0) {
                throw ValidationException.field("quantity_delta", "Quantities cannot exceed 999999.99.");
            }
            quantityDelta = quantityDelta.setScale(2, RoundingMode.UNNECESSARY);
            reason = TextField.required(reason, "reason");
        }

        /** Refuses a fractional change of a product counted in {@code pcs}. */
        public Request forUnit(String unit) {
            ProductUnit.requireFits(unit, quantityDelta, "quantity_delta");
            return this;
        }

        public boolean removesStock() {
            return quantityDelta.signum() < 0;
        }

        /** How much the change takes away (for refusals): the size of a negative change. */
        public BigDecimal removed() {
            return quantityDelta.negate().max(BigDecimal.ZERO);
        }

        /** The adjustment as recorded once the inventory row took it. */
        public StockAdjustment recorded(UUID id, BusinessId business, StorefrontId storefront,
                                        BigDecimal quantityAfter, UserId user, Instant now) {
            return new StockAdjustment(id, business, storefront, productId, quantityDelta, reason, quantityAfter,
                    user, now);
        }
    }
}
