package io.salescore.examples.embedding;

import io.salescore.application.account.port.out.AccountRepository;
import io.salescore.application.contract.AccountRepositoryContract;

/** The {@link AccountRepository} contract, run against {@link InMemoryAccounts}. */
class InMemoryAccountsContractTest extends AccountRepositoryContract<InMemoryFixture> {

    @Override
    protected InMemoryFixture newFixture() {
        return new InMemoryFixture();
    }

    @Override
    protected AccountRepository accountRepository(InMemoryFixture fixture) {
        return fixture.accounts;
    }
}
