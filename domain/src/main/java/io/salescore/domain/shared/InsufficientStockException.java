package io.salescore.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Not enough unreserved stock (or batch remainder) for what was asked: {@code INSUFFICIENT_STOCK}.
 * {@code available} is the most that could be held right now, {@code requested} what was asked for.
 */
public final class InsufficientStockException extends DomainException {

    private InsufficientStockException(String message, String developerMessage, Map<String, Object> details) {
        super("INSUFFICIENT_STOCK", message, developerMessage, details, Map.of());
    }

    /** Refusal of a sale line's hold (add item, change quantity, checkout). */
    public static InsufficientStockException forLine(String message, Quantity available, Quantity requested,
                                                     Object stockProductId, Object productId, Object saleItemId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("available", available.toPlainString());
        details.put("requested", requested.toPlainString());
        details.put("stock_product_id", stockProductId == null ? null : stockProductId.toString());
        details.put("product_id", productId == null ? null : productId.toString());
        if (saleItemId != null) {
            details.put("sale_item_id", saleItemId.toString());
        }
        return new InsufficientStockException(message,
                "Insufficient stock. Available: " + available.toPlainString() + ", Requested: " + requested.toPlainString(),
                details);
    }

    /** Refusal of a stock movement (transfer, adjustment). */
    public static InsufficientStockException forStock(String message, Quantity available, Quantity requested,
                                                      Map<String, ?> ids) {
        return forStock(message, available.value(), requested.value(), ids);
    }

    /** Refusal of a stock movement where nothing at all may be left ({@code available} 0 is not a {@link Quantity}). */
    public static InsufficientStockException forStock(String message, java.math.BigDecimal available,
                                                      java.math.BigDecimal requested, Map<String, ?> ids) {
        String availableText = Decimals.plain2(available.max(java.math.BigDecimal.ZERO));
        String requestedText = Decimals.plain2(requested);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("available", availableText);
        details.put("requested", requestedText);
        ids.forEach((k, v) -> details.put(k, v == null ? null : v.toString()));
        return new InsufficientStockException(message,
                "Insufficient stock. Available: " + availableText + ", Requested: " + requestedText, details);
    }
}
