package io.salescore.application.sale.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the rows of a sales export, read in keyset chunks ordered by {@code (completed_at, id)} (sales with a
 * receipt number selected by {@code completed_at}), so a year of sales never loads into memory at once.
 */
public interface SalesExportQuery {

    /** Where the previous chunk ended. */
    record Key(Instant completedAt, UUID id) {
    }

    /**
     * One sale as the old backend's CSV showed it. {@code paid} is net of change and payouts; {@code discount} and
     * {@code tax} are the line and sale level amounts together.
     */
    record ExportRow(UUID id, String receiptNumber, Instant createdAt, Instant completedAt, String storefront,
                     String customer, String customerType, long itemsCount, BigDecimal subtotal, BigDecimal discount,
                     BigDecimal tax, BigDecimal total, BigDecimal paid, BigDecimal due, String paymentType,
                     String status, String cashier, String notes) {

        public Key key() {
            return new Key(completedAt, id);
        }
    }

    List<ExportRow> chunk(SaleFilter filter, Optional<Key> after, int limit);
}
