package io.salescore.application.sale;

import io.salescore.application.common.UnitOfWork;
import io.salescore.application.sale.port.in.GetReceiptUseCase;
import io.salescore.application.sale.port.out.RefundNotes;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.AuthenticationException;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.SaleId;

/** Receipts, for the caller's storefronts or through a signed link. */
public final class GetReceiptService implements GetReceiptUseCase {

    private final UnitOfWork tx;
    private final SaleRepository sales;
    private final SaleCatalog catalog;
    private final ReceiptLinks links;
    private final RefundNotes refunds;

    public GetReceiptService(UnitOfWork tx, SaleRepository sales, SaleCatalog catalog, ReceiptLinks links,
                             RefundNotes refunds) {
        this.tx = tx;
        this.sales = sales;
        this.catalog = catalog;
        this.links = links;
        this.refunds = refunds;
    }

    @Override
    public Receipt receipt(Actor actor, SaleId saleId) {
        return tx.inTransaction(() -> {
            SaleView view = sales.find(actor.businessId(), saleId).orElseThrow(NotFoundException::new);
            actor.requireStorefront(view.sale().storefrontId());
            view.sale().requireReceipt();
            return new Receipt(view, catalog.business(actor.businessId()),
                    refunds.ofSale(actor.businessId(), saleId));
        });
    }

    @Override
    public Receipt receiptByLink(SaleId saleId, long expires, String signature) {
        if (!links.verify(saleId, expires, signature)) {
            throw AuthenticationException.invalidSignature();
        }
        return tx.inTransaction(() -> {
            SaleView view = sales.findAnywhere(saleId).orElseThrow(NotFoundException::new);
            view.sale().requireReceipt();
            BusinessId business = view.sale().businessId();
            return new Receipt(view, catalog.business(business), refunds.ofSale(business, saleId));
        });
    }
}
