package io.salescore.application.sale.port.in;

import io.salescore.application.common.Input;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.shared.SaleItemId;

import java.util.List;
import io.salescore.domain.shared.ExpectedVersion;
import java.util.Optional;

/** Gives back a line's live hold now (the line stays; checkout will try to hold it again). */
public interface ReleaseReservationUseCase {

    record Result(LineResult line, List<Reservation> released) {
    }

    /** Without a request body (callers that are not HTTP). */
    default Result release(Actor actor, SaleItemId line, Optional<ExpectedVersion> expectedVersion) {
        return release(actor, line, expectedVersion, Input.of(Boolean.TRUE));
    }

    /**
     * {@code body}: the request body as an adapter read it; the release takes no fields but an unparsable body is
     * refused, after the line, scope and If-Match checks.
     */
    Result release(Actor actor, SaleItemId line, Optional<ExpectedVersion> expectedVersion, Input<?> body);
}
