package io.salescore.application.inventory.port;

import io.salescore.domain.inventory.Reservation;

/** A reservation row with the name of its product, as listings show it. */
public record Named(Reservation reservation, String productName) {
}
