package io.salescore.application.sale.port;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One sale as the old backend's CSV showed it. {@code paid} is net of change and payouts; {@code discount} and
 * {@code tax} are the line and sale level amounts together.
 */
public record ExportRow(UUID id, String receiptNumber, Instant createdAt, Instant completedAt, String storefront,
                 String customer, String customerType, long itemsCount, BigDecimal subtotal, BigDecimal discount,
                 BigDecimal tax, BigDecimal total, BigDecimal paid, BigDecimal due, String paymentType,
                 String status, String cashier, String notes) {

    public Key key() {
        return new Key(completedAt, id);
    }
}
