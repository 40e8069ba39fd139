package io.salescore.application.sale;

import io.salescore.application.common.Input;
import io.salescore.application.sale.port.out.SaleRepository;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;

import io.salescore.domain.shared.ExpectedVersion;
import java.util.Optional;

/**
 * The first steps of every change to a sale, in the contract's order (http-api.md "Precedence"): lock the sale row
 * (404 when it is not the caller's business), then the body must parse (400 {@code MALFORMED_JSON}), then the
 * storefront (403), then the caller's expected version (412).
 */
public final class SaleLocks {

    private final SaleRepository sales;

    SaleLocks(SaleRepository sales) {
        this.sales = sales;
    }

    SaleView lock(Actor actor, SaleId id, Optional<ExpectedVersion> expectedVersion, Input<?> body) {
        return checked(actor, sales.lockForUpdate(actor.businessId(), id), expectedVersion, body);
    }

    /** The line's sale, which must be {@code sale} when one is given (404 otherwise, as for an unknown line). */
    SaleView lockByLine(Actor actor, Optional<SaleId> sale, SaleItemId line, Optional<ExpectedVersion> expectedVersion,
                        Input<?> body) {
        return checked(actor, sales.lockForUpdateByLine(actor.businessId(), line)
                .filter(v -> sale.isEmpty() || v.sale().id().equals(sale.get())), expectedVersion, body);
    }

    /** The checks after the row is found, in the contract's order; public for the refunds, which add their role. */
    public static SaleView checked(Actor actor, Optional<SaleView> found, Optional<ExpectedVersion> expectedVersion,
                                   Input<?> body, Runnable role) {
        SaleView view = found.orElseThrow(NotFoundException::new);
        body.requireParsable();
        role.run();
        actor.requireStorefront(view.sale().storefrontId());
        view.sale().requireVersionMatch(expectedVersion);
        return view;
    }

    private static SaleView checked(Actor actor, Optional<SaleView> found, Optional<ExpectedVersion> expectedVersion,
                                    Input<?> body) {
        return checked(actor, found, expectedVersion, body, () -> { });
    }
}
