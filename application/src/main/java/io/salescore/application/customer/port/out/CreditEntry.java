package io.salescore.application.customer.port.out;

import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.UserId;

import java.time.Instant;
import java.util.UUID;

/**
 * The account ledger entry written with a balance change, in the same statement (so each customer's entries
 * are ordered and the last {@code balance_after} always equals the balance).
 *
 * @param reference the payment or refund that moved the balance, if any
 */
public record CreditEntry(UUID id, Type type, SaleId sale, UUID reference, String description, UserId by,
                          Instant at) {

    public enum Type { CREDIT_SALE, PAYMENT, REFUND, ADJUSTMENT }
}
