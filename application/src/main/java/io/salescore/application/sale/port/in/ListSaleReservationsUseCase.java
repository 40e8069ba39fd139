package io.salescore.application.sale.port.in;

import io.salescore.application.inventory.port.Named;
import io.salescore.domain.access.Actor;
import io.salescore.domain.inventory.ReservationStatus;
import io.salescore.domain.shared.SaleId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every hold a sale ever had, oldest first, optionally only those whose status (as shown now) is given. */
public interface ListSaleReservationsUseCase {

    record Result(List<Named> reservations, Instant now) {
    }

    Result list(Actor actor, SaleId sale, Optional<ReservationStatus> status);
}
