package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.Percentage;
import io.salescore.domain.shared.Quantity;

/**
 * The money of one line, each step rounded HALF_UP to cents:
 * gross = price × quantity; discount = gross × d%; base = gross − discount; tax = base × t%; total = base + tax.
 */
public record LineAmounts(Money gross, Money discountAmount, Money taxAmount, Money totalPrice) {

    public static LineAmounts of(Money unitPrice, Quantity quantity, Percentage discount, Percentage taxRate) {
        Money gross = unitPrice.times(quantity);
        Money discountAmount = gross.percent(discount);
        Money base = gross.minus(discountAmount);
        Money tax = base.percent(taxRate);
        return new LineAmounts(gross, discountAmount, tax, base.plus(tax));
    }
}
