package io.salescore.application.testing;

import io.salescore.application.common.UnitOfWork;

import java.util.function.Supplier;

/**
 * A unit of work for service tests with fake or mocked repositories: runs the work on the calling thread and counts
 * transactions, so a test can tell how many a use case opened.
 */
public final class InlineUnitOfWork implements UnitOfWork {

    private int transactions;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        return work.get();
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return work.get();
    }

    public int transactions() {
        return transactions;
    }
}
