package io.salescore.application.sale.port.in;

import io.salescore.application.sale.port.Note;
import io.salescore.application.sale.port.SaleBusiness;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.SaleId;

/**
 * The receipt of a sale with a receipt number (completed, part-paid or pending, or refunded or cancelled since):
 * for a caller with a token, or for anyone holding a signed receipt link that has not expired.
 */
public interface GetReceiptUseCase {

    /** What a receipt shows: the sale with the names frozen at completion, its business, and its refunds. */
    record Receipt(SaleView sale, SaleBusiness business, java.util.List<Note> refunds) {
    }

    Receipt receipt(Actor actor, SaleId sale);

    /** @throws io.salescore.domain.shared.AuthenticationException when the link is forged or expired */
    Receipt receiptByLink(SaleId sale, long expires, String signature);
}
