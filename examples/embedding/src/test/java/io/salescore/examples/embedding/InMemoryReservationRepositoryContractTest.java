package io.salescore.examples.embedding;

import io.salescore.application.contract.ReservationRepositoryContract;
import io.salescore.application.inventory.port.out.ReservationRepository;

/** The {@link ReservationRepository} contract, run against {@link InMemoryReservationRepository}. */
class InMemoryReservationRepositoryContractTest extends ReservationRepositoryContract<InMemoryFixture> {

    @Override
    protected InMemoryFixture newFixture() {
        return new InMemoryFixture();
    }

    @Override
    protected ReservationRepository reservationRepository(InMemoryFixture fixture) {
        return fixture.reservations;
    }
}
