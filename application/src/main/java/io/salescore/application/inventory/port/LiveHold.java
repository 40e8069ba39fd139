package io.salescore.application.inventory.port;

import io.salescore.domain.shared.ReservationId;
import io.salescore.domain.shared.SaleId;
import java.math.BigDecimal;
import java.time.Instant;

/** A live hold, with the customer of its sale. */
public record LiveHold(ReservationId id, SaleId sale, BigDecimal quantity, String customerName, Instant expiresAt,
                Instant createdAt) {
}
