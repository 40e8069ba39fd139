package io.salescore.application.sale.port;

import java.math.BigDecimal;
import java.util.UUID;

/** A named customer's purchases in the period. */
public record TopCustomer(UUID id, String name, BigDecimal totalSpent, long transactions) {
}
