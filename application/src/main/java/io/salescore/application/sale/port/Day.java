package io.salescore.application.sale.port;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Sales completed on one day of the business time zone. */
public record Day(LocalDate date, BigDecimal sales, long transactions) {
}
