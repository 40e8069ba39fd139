package io.salescore.application.common;

import java.util.function.Supplier;

/**
 * Port: runs a use case as one database transaction. Repositories join the transaction of the calling thread;
 * they never open their own. An exception rolls everything back.
 */
public interface UnitOfWork {

    /** Runs {@code work} in one transaction and commits it, or rolls it back if {@code work} throws. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} in one transaction that is not expected to return anything. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs a single read outside a transaction (each statement sees its own snapshot). For hot single-statement
     * lookups such as authentication, where BEGIN and COMMIT would double the round trips.
     */
    <T> T read(Supplier<T> work);
}
