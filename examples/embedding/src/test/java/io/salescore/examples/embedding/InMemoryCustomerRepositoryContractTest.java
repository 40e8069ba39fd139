package io.salescore.examples.embedding;

import io.salescore.application.contract.CustomerRepositoryContract;
import io.salescore.application.customer.port.out.CustomerRepository;

/** The {@link CustomerRepository} contract, run against {@link InMemoryCustomerRepository}. */
class InMemoryCustomerRepositoryContractTest extends CustomerRepositoryContract<InMemoryFixture> {

    @Override
    protected InMemoryFixture newFixture() {
        return new InMemoryFixture();
    }

    @Override
    protected CustomerRepository customerRepository(InMemoryFixture fixture) {
        return fixture.customers;
    }
}
