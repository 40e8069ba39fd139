package io.salescore.domain.inventory;

/** ACTIVE holds stock; it ends COMMITTED (sold), RELEASED (given back) or EXPIRED (ran out of time). */
public enum ReservationStatus {
    ACTIVE, COMMITTED, RELEASED, EXPIRED
}
