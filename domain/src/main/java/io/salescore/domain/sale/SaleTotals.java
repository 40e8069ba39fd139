package io.salescore.domain.sale;

import io.salescore.domain.shared.Money;

/**
 * What a sale's lines and sale-level amounts give: {@code subtotal = Σ line totals} (line taxes included),
 * {@code total = subtotal − discount + tax}, {@code due = max(0, total − paid)}, {@code change = max(0, paid − total)}.
 */
public record SaleTotals(Money subtotal, Money itemsDiscountAmount, Money itemsTaxAmount, Money discountAmount,
                         Money taxAmount, Money totalAmount, Money amountPaid, Money amountDue, Money changeGiven) {
}
