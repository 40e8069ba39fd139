package io.salescore.application.sale.port;

/** The business a sale belongs to, as a receipt names it. */
public record SaleBusiness(String name, String currency, String timezone) {
}
