package io.salescore.examples.embedding;

import io.salescore.application.common.UnitOfWork;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The example's {@link UnitOfWork}: one lock around each use case, and every {@link Table} put back as it was when
 * the use case throws.
 *
 * <p><b>Why this is enough for the example.</b> The services rely on two things from a transaction: isolation (no
 * other use case sees or changes the data half-way) and atomicity (a failure leaves nothing behind: a refused
 * add-item has already written its line when the stock check says no). One lock gives the strongest isolation
 * there is, every use case runs alone, so the stock checks the adapters make with a plain {@code if} cannot be
 * raced, and with a single lock there is no lock order to get wrong. The snapshot taken when the lock is acquired
 * gives atomicity: on any exception each table gets its old rows back.
 *
 * <p><b>What a real adapter does instead.</b> It opens one database transaction per call, keeps it for the calling
 * thread so every repository joins it (see {@code JdbiUnitOfWork}), commits or rolls back, and retries on a deadlock
 * or serialisation failure. It never takes a process-wide lock: tills on other nodes share the database, and
 * unrelated sales must not wait for each other. Isolation then comes from row locks taken in the documented order
 * (sale row, inventory rows by (storefront, product), holds, customer, receipt counter) and from guarded updates
 * that check and write in one statement.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Table<?, ?>> tables = new CopyOnWriteArrayList<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (lock.isHeldByCurrentThread()) {
            return work.get(); // already inside a use case: join its transaction, as JdbiUnitOfWork does
        }
        lock.lock();
        try {
            List<Runnable> rollback = tables.stream().map(Table::snapshot).toList();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                rollback.forEach(Runnable::run);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** A read is a transaction like any other here (PostgreSQL would skip BEGIN and COMMIT). */
    @Override
    public <T> T read(Supplier<T> work) {
        return inTransaction(work);
    }

    /** A new table whose rows this unit of work guards and rolls back. */
    <K, V> Table<K, V> newTable(String name) {
        Table<K, V> table = new Table<>(this, name);
        tables.add(table);
        return table;
    }

    /** Repositories never open a transaction of their own: touching a table outside one is a bug in the caller. */
    void requireTransaction(String table) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("Table " + table + " used outside UnitOfWork.inTransaction: "
                    + "repositories join the transaction of the use case that calls them");
        }
    }
}
