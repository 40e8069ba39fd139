package io.salescore.application.sale.port.in;

import io.salescore.application.common.Input;
import io.salescore.application.sale.port.SaleView;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.shared.SaleId;

import java.util.List;
import io.salescore.domain.shared.ExpectedVersion;
import java.util.Optional;

/** Cancels a DRAFT sale and releases its live holds at once; repeating it on a CANCELLED sale is safe. */
public interface AbandonSaleUseCase {

    /** {@code alreadyCancelled}: a repeat on a CANCELLED sale, which changed nothing. */
    record Result(SaleView sale, boolean alreadyCancelled, List<Reservation> released) {
    }

    /** Without a request body (callers that are not HTTP). */
    default Result abandon(Actor actor, SaleId sale, Optional<ExpectedVersion> expectedVersion) {
        return abandon(actor, sale, expectedVersion, Input.of(Boolean.TRUE));
    }

    /**
     * {@code body}: the request body as an adapter read it; abandon takes no fields ({@code {}} or nothing) but an
     * unparsable body is refused, after the sale, scope and If-Match checks.
     */
    Result abandon(Actor actor, SaleId sale, Optional<ExpectedVersion> expectedVersion, Input<?> body);
}
