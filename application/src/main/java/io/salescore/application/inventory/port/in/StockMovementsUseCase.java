package io.salescore.application.inventory.port.in;

import io.salescore.application.inventory.port.StockMovementFilter;
import io.salescore.application.common.Page;
import io.salescore.application.common.PageRequest;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.StockMovement;

import java.time.ZoneId;
import java.util.function.Function;

/** The stock ledger, newest first, filtered silently to the caller's storefronts. */
public interface StockMovementsUseCase {

    /**
     * {@code filter} is given the business time zone, in which days named in date filters are read.
     * A storefront filter of the business outside the caller's storefronts is PERMISSION_DENIED.
     */
    Page<StockMovement> list(Actor actor, Function<ZoneId, StockMovementFilter> filter, PageRequest page);
}
