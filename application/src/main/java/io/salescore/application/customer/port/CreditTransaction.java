package io.salescore.application.customer.port;

import io.salescore.application.customer.port.out.CreditEntry;
import io.salescore.domain.shared.CustomerId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a customer's account ledger as read back: {@code amount} is what the balance really moved by
 * ({@code balance_after - balance_before}: signed, negative for payments and refunds, so not a {@link Money}).
 *
 * @param sale      the sale the entry belongs to, if any
 * @param reference the payment or refund that moved the balance, if any
 * @param by        who moved it, if known (the opening ADJUSTMENT entries of the migration have nobody)
 */
public record CreditTransaction(UUID id, CustomerId customer, CreditEntry.Type type, BigDecimal amount,
                                Money balanceBefore, Money balanceAfter, SaleId sale, UUID reference,
                                String description, UserId by, Instant at) {
}
