package io.salescore.adapter.persistence.common;

import io.salescore.application.common.DatabaseUnavailableException;
import io.salescore.application.common.UnitOfWork;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

/**
 * One transaction per use case: opens a handle, keeps it for the calling thread so every repository joins it,
 * commits or rolls back. A deadlock or serialization failure (which the lock order should prevent) is retried;
 * a database that does not answer becomes {@link DatabaseUnavailableException}.
 */
public final class JdbiUnitOfWork implements UnitOfWork {

    private static final int ATTEMPTS = 3;
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    /** The open {@link #shareConnection()} scope of the thread, if any. */
    private final ThreadLocal<SharedHandle> shared = new ThreadLocal<>();

    public JdbiUnitOfWork(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work);
            } catch (JdbiException e) {
                if (attempt < ATTEMPTS && isRetryable(e)) {
                    continue;
                }
                throw translate(e);
            }
        }
    }

    private <T> T runOnce(Supplier<T> work) {
        Handle handle = open();
        try {
            current.set(handle);
            handle.begin();
            T result = work.get();
            handle.commit();
            return result;
        } catch (RuntimeException | Error e) {
            rollbackQuietly(handle, e);
            throw e;
        } finally {
            current.remove();
            release(handle);
        }
    }

    @Override
    public <T> T read(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Handle handle = open();
        try {
            current.set(handle);
            return work.get();
        } catch (JdbiException e) {
            throw translate(e);
        } finally {
            current.remove();
            release(handle);
        }
    }

    @Override
    public Shared shareConnection() {
        if (shared.get() != null || current.get() != null) {
            return () -> { };
        }
        SharedHandle scope = new SharedHandle();
        shared.set(scope);
        return scope;
    }

    /** The scope's handle, opened at its first use and closed with the scope. */
    private final class SharedHandle implements Shared {

        private Handle handle;

        Handle get() {
            if (handle == null) {
                handle = jdbi.open();
            }
            return handle;
        }

        @Override
        public void close() {
            shared.remove();
            if (handle != null) {
                handle.close();
            }
        }
    }

    private Handle open() {
        try {
            SharedHandle scope = shared.get();
            return scope != null ? scope.get() : jdbi.open();
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** Closes the handle, unless it is the open scope's: that one is closed with the scope. */
    private void release(Handle handle) {
        SharedHandle scope = shared.get();
        if (scope == null || scope.handle != handle) { // NOPMD CompareObjectsWithEquals: this very handle
            handle.close();
        }
    }

    private static void rollbackQuietly(Handle handle, Throwable cause) {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** The handle of the transaction running on this thread; repositories call this for every statement. */
    public Handle handle() {
        Handle handle = current.get();
        if (handle == null) {
            throw new IllegalStateException("No transaction: repositories run inside UnitOfWork.inTransaction");
        }
        return handle;
    }

    private static boolean isRetryable(Throwable e) {
        String state = sqlState(e);
        return "40001".equals(state) || "40P01".equals(state);
    }

    /** Connection failures become {@link DatabaseUnavailableException}; anything else is left as it is. */
    public static RuntimeException translate(RuntimeException e) {
        String state = sqlState(e);
        boolean down = (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"))) || hasCause(e, SQLTransientConnectionException.class);
        return down ? new DatabaseUnavailableException("The database is not answering", e) : e;
    }

    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure is a unique violation of the named constraint or index. */
    public static boolean isUniqueViolation(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException psql && "23505".equals(psql.getSQLState())) {
                var detail = psql.getServerErrorMessage();
                return constraint == null || (detail != null && constraint.equals(detail.getConstraint()));
            }
        }
        return false;
    }
}
