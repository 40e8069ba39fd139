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

    /**
     * Until the returned scope is closed, every {@link #read} and {@link #inTransaction} on this thread runs on one
     * connection, taken at the first of them: a request's token lookup and its use case then share it instead of
     * taking one each. Not a transaction: each read and each transaction inside still ends on its own. Nested scopes
     * change nothing. An adapter without connections may keep this default, which shares nothing.
     */
    default Shared shareConnection() {
        return () -> { };
    }

    /** A scope of {@link #shareConnection()}; closing it gives the connection back. */
    interface Shared extends AutoCloseable {
        @Override
        void close();
    }
}
