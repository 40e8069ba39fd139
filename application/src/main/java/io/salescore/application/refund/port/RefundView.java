package io.salescore.application.refund.port;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;
import io.salescore.domain.shared.StorefrontId;
import io.salescore.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A refund as stored and shown: its number, the sale and receipt it refunds, its money (amount = credit +
 * paid out; {@code account} is the part of the payout that went to the customer's balance on other sales), the
 * method asked for and the method money was handed back by, the sale's original tender, and its lines.
 */
public record RefundView(UUID id, String refundNumber, BusinessId business, SaleId sale, String receiptNumber,
                         StorefrontId storefront, String storefrontName, String refundType, String reason,
                         Money amount, Money tax, Money discount, Money credit, Money account, Money paidOut,
                         String refundMethod, String payoutMethod, String originalTender, UUID session,
                         boolean cancelsSale, UserId createdBy, String createdByName, Instant createdAt,
                         List<Line> lines) {

    public record Line(SaleItemId saleItem, ProductId product, String productName, BigDecimal quantity, Money amount,
                       Money tax, Money discount, boolean restock, String reason) {
    }
}
