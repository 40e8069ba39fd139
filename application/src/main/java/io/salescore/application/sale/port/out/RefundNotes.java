package io.salescore.application.sale.port.out;

import io.salescore.application.sale.port.Note;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.SaleId;

import java.util.List;

/** The refunds a receipt names: number, amount and time of each refund of a sale, oldest first. */
public interface RefundNotes {

    List<Note> ofSale(BusinessId business, SaleId sale);
}
