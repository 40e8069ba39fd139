package io.salescore.application.inventory;

import io.salescore.application.inventory.port.Availability;
import io.salescore.application.common.UnitOfWork;
import io.salescore.application.inventory.port.in.GetAvailabilityUseCase;
import io.salescore.application.inventory.port.out.AvailabilityQuery;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.NotFoundException;
import io.salescore.domain.shared.ProductId;
import io.salescore.domain.shared.StorefrontId;

import java.time.Clock;

/** Availability of a storefront product for the caller's storefronts (404 outside the business, 403 unassigned). */
public final class GetAvailabilityService implements GetAvailabilityUseCase {

    private final UnitOfWork tx;
    private final AvailabilityQuery query;
    private final Clock clock;

    public GetAvailabilityService(UnitOfWork tx, AvailabilityQuery query, Clock clock) {
        this.tx = tx;
        this.query = query;
        this.clock = clock;
    }

    @Override
    public Availability availability(Actor actor, StorefrontId storefront, ProductId product) {
        Availability result = tx.inTransaction(
                () -> query.find(actor.businessId(), storefront, product, clock.instant()))
                .orElseThrow(NotFoundException::new);
        actor.requireStorefront(storefront);
        return result;
    }
}
