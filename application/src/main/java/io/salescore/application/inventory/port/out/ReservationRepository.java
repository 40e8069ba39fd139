package io.salescore.application.inventory.port.out;

/**
 * All of the holds' ports in one, for an adapter that keeps holds in one place (the Jdbi and the in-memory
 * adapters implement this). Use cases depend on the narrow port they need: {@link HoldLedger} (the sale use
 * cases), {@link ExpirySweep} (the sweeper), {@link HoldQueries} (reads).
 */
public interface ReservationRepository extends HoldLedger, ExpirySweep, HoldQueries {
}
