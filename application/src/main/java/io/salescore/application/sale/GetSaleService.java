package io.salescore.application.sale;

import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.sale.port.in.GetSaleUseCase;
import io.salescore.application.sale.port.in.ListSalesUseCase;
import io.salescore.application.sale.port.SaleCriteria;
import io.salescore.application.sale.port.out.SaleCatalog;
import io.salescore.application.sale.port.out.SaleFilter;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.SaleId;

import java.util.Optional;

/** Reads sales: one by id (404 outside the business, 403 outside the caller's storefronts) or a filtered page. */
public final class GetSaleService implements GetSaleUseCase, ListSalesUseCase {

    private final UnitOfWork tx;
    private final SaleRepository sales;
    private final SaleCatalog catalog;

    public GetSaleService(UnitOfWork tx, SaleRepository sales, SaleCatalog catalog) {
        this.tx = tx;
        this.sales = sales;
        this.catalog = catalog;
    }

    @Override
    public SaleView get(Actor actor, SaleId id) {
        SaleView view = tx.inTransaction(() -> sales.find(actor.businessId(), id)).orElseThrow(NotFoundException::new);
        actor.requireStorefront(view.sale().storefrontId());
        return view;
    }

    @Override
    public Page<SaleView> list(Actor actor, SaleCriteria criteria, PageRequest page) {
        SaleFilter filter = filterFor(actor, criteria);
        return tx.inTransaction(() -> {
            requireStorefrontFilter(actor, criteria, catalog);
            return sales.list(filter, page);
        });
    }

    /** The caller's filter: their criteria within the storefronts they may see. */
    static SaleFilter filterFor(Actor actor, SaleCriteria criteria) {
        return new SaleFilter(actor.businessId(),
                actor.isOwnerOrAdmin() ? Optional.empty() : Optional.of(actor.storefronts()), criteria);
    }

    /** A storefront filter of the business outside the caller's is refused; an unknown one simply matches nothing. */
    static void requireStorefrontFilter(Actor actor, SaleCriteria criteria, SaleCatalog catalog) {
        criteria.storefront().filter(s -> !actor.mayAccessStorefront(s))
                .filter(s -> catalog.storefront(actor.businessId(), s).isPresent())
                .ifPresent(actor::requireStorefront);
    }
}
