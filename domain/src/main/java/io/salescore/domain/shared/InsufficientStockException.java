package io.salescore.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Not enough unreserved stock (or batch remainder) for what was asked: {@code INSUFFICIENT_STOCK}.
 * {@code available} is the most that could be held right now, {@code requested} what was asked for.
 */
public final class InsufficientStockException extends DomainException {

    private InsufficientStockException(String message, String developerMessage, Map<String, Object> details) {
        super(Kind.REFUSED, "INSUFFICIENT_STOCK", message, developerMessage, details, Map.of());
    }

    /** Refusal of a sale line's hold (add item, change quantity, checkout). */
    public static InsufficientStockException forLine(String message, java.math.BigDecimal available, Quantity requested,
                                                     Object stockProductId, Object productId, Object saleItemId) {
        Map<String, Object> details = new LinkedHashMap<>();
        String availableText = Decimals.plain2(available.max(java.math.BigDecimal.ZERO));
        details.put("available", availableText);
        details.put("requested", requested.toPlainString());
        details.put("stock_product_id", stockProductId == null ? null : stockProductId.toString());
        details.put("product_id", productId == null ? null : productId.toString());
        if (saleItemId != null) {
            details.put("sale_item_id", saleItemId.toString());
        }
        return new InsufficientStockException(message,
                "Insufficient stock. Available: " + availableText + ", Requested: " + requested.toPlainString(),
                details);
    }

    /** Refusal of a stock movement (transfer, adjustment). */
    public static InsufficientStockException forStock(String message, java.math.BigDecimal available,
                                                      java.math.BigDecimal requested, Map<String, ?> ids) {
        Map<String, Object> details = new LinkedHashMap<>();
        String availableText = Decimals.plain2(available.max(java.math.BigDecimal.ZERO));
        String requestedText = Decimals.plain2(requested);
        details.put("available", availableText);
        details.put("requested", requestedText);
        ids.forEach((k, v) -> details.put(k, v == null ? null : v.toString()));
        return new InsufficientStockException(message,
                "Insufficient stock. Available: " + availableText + ", Requested: " + requestedText, details);
    }
}
