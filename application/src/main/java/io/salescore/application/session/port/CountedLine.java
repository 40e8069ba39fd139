package io.salescore.application.session.port;

import io.salescore.domain.sale.PaymentMethod;
import java.math.BigDecimal;

/** A non-cash method's count at close. */
public record CountedLine(PaymentMethod method, BigDecimal expected, BigDecimal counted, BigDecimal difference) {
}
