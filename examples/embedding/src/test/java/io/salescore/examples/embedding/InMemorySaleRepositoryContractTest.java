package io.salescore.examples.embedding;

import io.salescore.application.contract.SaleRepositoryContract;
import io.salescore.application.sale.port.out.SaleRepository;

/** The {@link SaleRepository} contract, run against {@link InMemorySaleRepository}. */
class InMemorySaleRepositoryContractTest extends SaleRepositoryContract<InMemoryFixture> {

    @Override
    protected InMemoryFixture newFixture() {
        return new InMemoryFixture();
    }

    @Override
    protected SaleRepository saleRepository(InMemoryFixture fixture) {
        return fixture.sales;
    }
}
