package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.Quantity;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StockProductId;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a sale: a product, the batch that priced it (if any), quantity and price terms.
 * Its amounts always follow from those terms ({@link LineAmounts}); {@code priceFromBatch} says whether the
 * price was taken from a batch (and so follows the sale type). After completion a line also carries how much of
 * it was refunded and its batch's unit cost recorded at completion (null when unknown).
 */
public record SaleLine(SaleItemId id, ProductId productId, StockProductId stockProductId, String productName,
                       String productSku, String unit, Quantity quantity, Money unitPrice, boolean priceFromBatch,
                       Percentage discountPercentage, Percentage taxRate, LineAmounts amounts,
                       Instant createdAt, Instant updatedAt, BigDecimal refundedQuantity, Money unitCost) {

    public SaleLine {
        refundedQuantity = refundedQuantity == null ? BigDecimal.ZERO : refundedQuantity;
    }

    /** A line as it was before refunds existed (nothing refunded, no recorded cost). */
    public SaleLine(SaleItemId id, ProductId productId, StockProductId stockProductId, String productName,
                    String productSku, String unit, Quantity quantity, Money unitPrice, boolean priceFromBatch,
                    Percentage discountPercentage, Percentage taxRate, LineAmounts amounts,
                    Instant createdAt, Instant updatedAt) {
        this(id, productId, stockProductId, productName, productSku, unit, quantity, unitPrice, priceFromBatch,
                discountPercentage, taxRate, amounts, createdAt, updatedAt, BigDecimal.ZERO, null);
    }

    /** What is still refundable. */
    public BigDecimal refundableQuantity() {
        return quantity.value().subtract(refundedQuantity);
    }

    /** A copy with {@code more} units refunded. */
    SaleLine refunded(BigDecimal more) {
        BigDecimal after = refundedQuantity.add(more);
        if (more.signum() <= 0 || after.compareTo(quantity.value()) > 0) {
            throw new IllegalArgumentException("Cannot refund " + more + " of line " + id);
        }
        return new SaleLine(id, productId, stockProductId, productName, productSku, unit, quantity, unitPrice,
                priceFromBatch, discountPercentage, taxRate, amounts, createdAt, updatedAt, after, unitCost);
    }

    public static SaleLine create(SaleItemId id, ProductId productId, StockProductId stockProductId,
                                  String productName, String productSku, String unit, Quantity quantity,
                                  Money unitPrice, boolean priceFromBatch, Percentage discount, Percentage taxRate,
                                  Instant now) {
        return new SaleLine(id, productId, stockProductId, productName, productSku, unit, quantity, unitPrice,
                priceFromBatch, discount, taxRate, LineAmounts.of(unitPrice, quantity, discount, taxRate), now, now);
    }

    /** A copy with changed terms and amounts recomputed. */
    SaleLine with(Quantity newQuantity, Money newPrice, boolean newPriceFromBatch, Percentage newDiscount,
                  Percentage newTax, Instant now) {
        return new SaleLine(id, productId, stockProductId, productName, productSku, unit, newQuantity, newPrice,
                newPriceFromBatch, newDiscount, newTax, LineAmounts.of(newPrice, newQuantity, newDiscount, newTax),
                createdAt, now, refundedQuantity, unitCost);
    }

    public Money discountAmount() {
        return amounts.discountAmount();
    }

    public Money taxAmount() {
        return amounts.taxAmount();
    }

    public Money totalPrice() {
        return amounts.totalPrice();
    }
}
