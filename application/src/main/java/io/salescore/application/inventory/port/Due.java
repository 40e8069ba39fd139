package io.salescore.application.inventory.port;

import io.salescore.domain.inventory.Reservation;
import io.salescore.domain.shared.BusinessId;

/** A hold that ran out of time, with the business it belongs to. */
public record Due(io.salescore.domain.shared.BusinessId business, Reservation reservation) {
}
