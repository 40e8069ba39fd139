package io.salescore.application.sale;

import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.out.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;

import io.salescore.domain.shared.IfMatch;
import java.util.Optional;

/**
 * The first steps of every change to a sale, in the contract's order: lock the sale row (404 when it is not the
 * caller's business), check the storefront (403), then the client's version ({@code If-Match}, 412).
 */
final class SaleLocks {

    private final SaleRepository sales;

    SaleLocks(SaleRepository sales) {
        this.sales = sales;
    }

    SaleView lock(Actor actor, SaleId id, Optional<IfMatch> ifMatch) {
        return checked(actor, sales.lockForUpdate(actor.businessId(), id), ifMatch);
    }

    SaleView lockByLine(Actor actor, SaleItemId line, Optional<IfMatch> ifMatch) {
        return checked(actor, sales.lockForUpdateByLine(actor.businessId(), line), ifMatch);
    }

    private static SaleView checked(Actor actor, Optional<SaleView> found, Optional<IfMatch> ifMatch) {
        SaleView view = found.orElseThrow(NotFoundException::new);
        actor.requireStorefront(view.sale().storefrontId());
        view.sale().requireVersionMatch(ifMatch);
        return view;
    }
}
