package io.salescore.application.testing;

import io.salescore.application.common.UnitOfWork;

import java.util.function.Supplier;

/** A unit of work for service tests: runs the work at once and counts the transactions it was asked for. */
public final class DirectUnitOfWork implements UnitOfWork {

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
