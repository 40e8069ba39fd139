package io.salescore.domain.sale;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** {@code <storefront code>-<YYYYMMDD in the business timezone>-<NNNN, at least 4 digits>}, e.g. {@code MAIN-20261122-0042}. */
public record ReceiptNumber(String value) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public ReceiptNumber {
        if (value == null || !value.matches("^[A-Z0-9]{2,8}-\\d{8}-\\d{4,}$")) {
            throw new IllegalArgumentException("Not a receipt number: " + value);
        }
    }

    public static ReceiptNumber of(String storefrontCode, LocalDate day, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("Receipt sequences start at 1");
        }
        return new ReceiptNumber(storefrontCode + "-" + DAY.format(day) + "-" + String.format("%04d", sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
