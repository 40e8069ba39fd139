package io.salescore.adapter.persistence.common;

import io.salescore.adapter.persistence.support.PostgresTestSupport;
import io.salescore.application.common.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link UnitOfWork#shareConnection()}: a request's reads and transactions on one connection, each still its own. */
class SharedConnectionTest {

    private final JdbiUnitOfWork tx = PostgresTestSupport.unitOfWork();

    private int backend() {
        return tx.handle().createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one();
    }

    @Test
    void reads_and_transactions_inside_a_scope_run_on_one_connection() {
        int read;
        int write;
        int again;
        try (UnitOfWork.Shared ignored = tx.shareConnection()) {
            read = tx.read(this::backend);
            write = tx.inTransaction(this::backend);
            again = tx.read(this::backend);
        }
        assertThat(write).isEqualTo(read);
        assertThat(again).isEqualTo(read);
    }

    @Test
    void the_connection_stays_with_the_scope_between_its_reads() throws Exception {
        try (UnitOfWork.Shared ignored = tx.shareConnection()) {
            int mine = tx.read(this::backend);
            // Another thread meanwhile: without the scope our connection went back to the pool after the read,
            // and the pool hands the most recently returned one out first.
            var other = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                int theirs = other.submit(() -> tx.read(this::backend)).get();
                assertThat(theirs).isNotEqualTo(mine);
            } finally {
                other.shutdownNow();
            }
            assertThat(tx.inTransaction(this::backend)).isEqualTo(mine);
        }
    }

    @Test
    void each_transaction_in_a_scope_still_commits_or_rolls_back_on_its_own() {
        String table = "shared_" + Math.abs(System.nanoTime());
        tx.run(() -> tx.handle().execute("CREATE TABLE " + table + " (n int)"));
        try (UnitOfWork.Shared ignored = tx.shareConnection()) {
            tx.run(() -> tx.handle().execute("INSERT INTO " + table + " VALUES (1)"));
            assertThatThrownBy(() -> tx.run(() -> {
                tx.handle().execute("INSERT INTO " + table + " VALUES (2)");
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");
            assertThat(tx.read(() -> tx.handle().createQuery("SELECT count(*) FROM " + table)
                    .mapTo(Integer.class).one())).isEqualTo(1);
            assertThat(tx.read(() -> tx.handle().isInTransaction())).isFalse();
        }
        // Committed for everyone else too, on another connection.
        assertThat(tx.read(() -> tx.handle().createQuery("SELECT count(*) FROM " + table)
                .mapTo(Integer.class).one())).isEqualTo(1);
        tx.run(() -> tx.handle().execute("DROP TABLE " + table));
    }

    @Test
    void a_scope_that_touches_no_table_takes_no_connection_and_closing_gives_it_back() {
        AtomicInteger opened = new AtomicInteger();
        try (UnitOfWork.Shared ignored = tx.shareConnection()) {
            opened.incrementAndGet();
        }
        int outside = tx.read(this::backend);
        int[] inside = new int[2];
        try (UnitOfWork.Shared ignored = tx.shareConnection()) {
            inside[0] = tx.read(this::backend);
        }
        try (UnitOfWork.Shared ignored = tx.shareConnection()) {
            inside[1] = tx.read(this::backend);
        }
        assertThat(opened).hasValue(1);
        assertThat(outside).isPositive();
        assertThat(inside[0]).isPositive();
        assertThat(inside[1]).isPositive();
        assertThatThrownBy(tx::handle).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_nested_scope_changes_nothing() {
        try (UnitOfWork.Shared ignored = tx.shareConnection()) {
            int first = tx.read(this::backend);
            UnitOfWork.Shared inner = tx.shareConnection();
            assertThat(tx.read(this::backend)).isEqualTo(first);
            inner.close();
            assertThat(tx.read(this::backend)).isEqualTo(first);
        }
    }
}
