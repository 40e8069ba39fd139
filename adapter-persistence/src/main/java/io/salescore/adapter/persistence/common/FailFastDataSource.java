package io.salescore.adapter.persistence.common;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Pooled connections that wait for a free connection under load but not for a database that is down. The pool is
 * asked in short slices (its own {@code connectionTimeout}) until the pool timeout has passed, so a request waits
 * its turn while connections are busy; a slice that ends because the pool could not connect (SQLState
 * {@code 08xxx}, {@code 57P01}–{@code 57P03}) marks the database down. While it is down, and for one probe
 * interval after the last failure, connections are refused at once; after that the next caller probes (the pool
 * keeps reconnecting in the background), and the first connection handed out marks the database up again.
 */
public final class FailFastDataSource implements DataSource {

    /** How long the database counts as down after a failed attempt before a caller tries again. */
    public static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

    private final HikariDataSource pool;
    private final long poolTimeoutNanos;
    private volatile long downUntil;
    private volatile boolean down;
    private volatile SQLException lastFailure;

    public FailFastDataSource(HikariDataSource pool, Duration poolTimeout) {
        this.pool = pool;
        this.poolTimeoutNanos = poolTimeout.toNanos();
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseWhileDown();
        long deadline = System.nanoTime() + poolTimeoutNanos;
        while (true) {
            try {
                return up(pool.getConnection());
            } catch (SQLException e) {
                if (isConnectionFailure(e)) {
                    throw down(e);
                }
                if (!(e instanceof SQLTransientConnectionException) || System.nanoTime() - deadline >= 0) {
                    throw e;
                }
                // The slice ended with every connection busy: keep waiting for one until the pool timeout.
            }
        }
    }

    /**
     * Whether the database answers, asking the pool for one slice at most: refused at once while it is known to be
     * down; a pool whose connections are all busy counts as up.
     */
    public boolean probe(Duration validation) {
        try {
            refuseWhileDown();
        } catch (SQLException e) {
            return false;
        }
        try (Connection connection = pool.getConnection()) {
            boolean valid = connection.isValid((int) Math.max(1, validation.toSeconds()));
            if (valid) {
                up(connection);
            }
            return valid;
        } catch (SQLException e) {
            if (isConnectionFailure(e)) {
                down(e);
                return false;
            }
            return e instanceof SQLTransientConnectionException;
        }
    }

    private void refuseWhileDown() throws SQLException {
        if (down && System.nanoTime() - downUntil < 0) {
            SQLException cause = lastFailure;
            throw new SQLTransientConnectionException("The database is not answering (last attempt failed with: "
                    + (cause == null ? "unknown" : cause.getMessage()) + ")", "08001", cause);
        }
    }

    private Connection up(Connection connection) {
        if (down) {
            down = false;
        }
        return connection;
    }

    private SQLException down(SQLException failure) {
        lastFailure = failure;
        downUntil = System.nanoTime() + PROBE_INTERVAL.toNanos();
        down = true;
        return failure;
    }

    /** A failure to reach the database, as opposed to a pool whose connections are all busy. */
    static boolean isConnectionFailure(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
            if (isConnectionState(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool connects with its configured user");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
