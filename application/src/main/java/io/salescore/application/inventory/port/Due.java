package io.salescore.application.inventory.port;

import io.salescore.domain.inventory.Reservation;

/** A hold that ran out of time, with the business it belongs to. */
public record Due(io.salescore.domain.shared.BusinessId business, Reservation reservation) {
}
