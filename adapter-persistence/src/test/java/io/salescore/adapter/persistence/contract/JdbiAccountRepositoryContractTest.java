package io.salescore.adapter.persistence.contract;

import io.salescore.application.account.port.out.AccountRepository;
import io.salescore.application.contract.AccountRepositoryContract;

/** The {@link AccountRepository} contract, run against {@code JdbiAccountRepository} on PostgreSQL. */
class JdbiAccountRepositoryContractTest extends AccountRepositoryContract<JdbiFixture> {

    @Override
    protected JdbiFixture newFixture() {
        return new JdbiFixture();
    }

    @Override
    protected AccountRepository accountRepository(JdbiFixture fixture) {
        return fixture.accounts;
    }
}
