package io.salescore.adapter.persistence.contract;

import io.salescore.application.contract.CustomerRepositoryContract;
import io.salescore.application.customer.port.out.CustomerRepository;

/** The {@link CustomerRepository} contract, run against {@code JdbiCustomerRepository} on PostgreSQL. */
class JdbiCustomerRepositoryContractTest extends CustomerRepositoryContract<JdbiFixture> {

    @Override
    protected JdbiFixture newFixture() {
        return new JdbiFixture();
    }

    @Override
    protected CustomerRepository customerRepository(JdbiFixture fixture) {
        return fixture.customers;
    }
}
