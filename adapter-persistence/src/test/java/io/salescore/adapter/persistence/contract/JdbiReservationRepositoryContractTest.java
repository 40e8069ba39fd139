package io.salescore.adapter.persistence.contract;

import io.salescore.application.contract.ReservationRepositoryContract;
import io.salescore.application.inventory.port.out.ReservationRepository;

/** The {@link ReservationRepository} contract, run against {@code JdbiReservationRepository} on PostgreSQL. */
class JdbiReservationRepositoryContractTest extends ReservationRepositoryContract<JdbiFixture> {

    @Override
    protected JdbiFixture newFixture() {
        return new JdbiFixture();
    }

    @Override
    protected ReservationRepository reservationRepository(JdbiFixture fixture) {
        return fixture.reservations;
    }
}
