package io.salescore.adapter.persistence.contract;

import io.salescore.application.contract.SaleRepositoryContract;
import io.salescore.application.sale.port.out.SaleRepository;

/** The {@link SaleRepository} contract, run against {@code JdbiSaleRepository} on PostgreSQL. */
class JdbiSaleRepositoryContractTest extends SaleRepositoryContract<JdbiFixture> {

    @Override
    protected JdbiFixture newFixture() {
        return new JdbiFixture();
    }

    @Override
    protected SaleRepository saleRepository(JdbiFixture fixture) {
        return fixture.sales;
    }
}
