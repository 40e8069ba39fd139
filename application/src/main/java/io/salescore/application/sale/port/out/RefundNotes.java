package io.salescore.application.sale.port.out;

import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.Money;
import io.salescore.domain.shared.SaleId;

import java.time.Instant;
import java.util.List;

/** The refunds a receipt names: number, amount and time of each refund of a sale, oldest first. */
public interface RefundNotes {

    record Note(String refundNumber, Money amount, boolean cancelsSale, Instant createdAt) {
    }

    List<Note> ofSale(BusinessId business, SaleId sale);
}
