package io.salescore.application.sale.port;

import java.math.BigDecimal;

/** One group of a breakdown: its key (a status, payment type or sale type), count and Σ total_amount. */
public record Bucket(String key, long count, BigDecimal total) {
}
