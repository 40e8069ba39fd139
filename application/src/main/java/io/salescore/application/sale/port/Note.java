package io.salescore.application.sale.port;

import io.salescore.domain.shared.Money;
import java.time.Instant;

public record Note(String refundNumber, Money amount, boolean cancelsSale, Instant createdAt) {
}
