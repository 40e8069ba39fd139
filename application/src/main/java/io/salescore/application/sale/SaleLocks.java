package io.salescore.application.sale;

import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;

import io.salescore.domain.shared.ExpectedVersion;
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

    SaleView lock(Actor actor, SaleId id, Optional<ExpectedVersion> expectedVersion) {
        return checked(actor, sales.lockForUpdate(actor.businessId(), id), expectedVersion);
    }

    SaleView lockByLine(Actor actor, SaleItemId line, Optional<ExpectedVersion> expectedVersion) {
        return lockByLine(actor, Optional.empty(), line, expectedVersion);
    }

    /** The line's sale, which must be {@code sale} when one is given (404 otherwise, as for an unknown line). */
    SaleView lockByLine(Actor actor, Optional<SaleId> sale, SaleItemId line, Optional<ExpectedVersion> expectedVersion) {
        return checked(actor, sales.lockForUpdateByLine(actor.businessId(), line)
                .filter(v -> sale.isEmpty() || v.sale().id().equals(sale.get())), expectedVersion);
    }

    private static SaleView checked(Actor actor, Optional<SaleView> found, Optional<ExpectedVersion> expectedVersion) {
        SaleView view = found.orElseThrow(NotFoundException::new);
        actor.requireStorefront(view.sale().storefrontId());
        view.sale().requireVersionMatch(expectedVersion);
        return view;
    }
}
