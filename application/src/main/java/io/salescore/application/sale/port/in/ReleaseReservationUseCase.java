package io.salescore.application.sale.port.in;

import io.salescore.application.common.Input;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.shared.SaleItemId;

import java.util.List;
import io.salescore.domain.shared.IfMatch;
import java.util.Optional;

/** Gives back a line's live hold now (the line stays; checkout will try to hold it again). */
public interface ReleaseReservationUseCase {

    record Result(LineResult line, List<Reservation> released) {
    }

    /** {@code body}: the request body as read; it takes no fields but must parse when sent. */
    Result release(Actor actor, SaleItemId line, Optional<IfMatch> ifMatch, Input<?> body);
}
