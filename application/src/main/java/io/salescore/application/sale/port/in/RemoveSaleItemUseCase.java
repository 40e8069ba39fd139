package io.salescore.application.sale.port.in;

import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.SaleItemId;

import io.salescore.domain.shared.ExpectedVersion;
import java.util.Optional;

/** Removes a line from a DRAFT sale and releases its hold at once. */
public interface RemoveSaleItemUseCase {

    default SaleView remove(Actor actor, SaleItemId line, Optional<ExpectedVersion> expectedVersion) {
        return remove(actor, Optional.empty(), line, expectedVersion);
    }

    /** {@code sale}: when present, the line must belong to that sale (404 otherwise). */
    SaleView remove(Actor actor, Optional<SaleId> sale, SaleItemId line, Optional<ExpectedVersion> expectedVersion);
}
