package io.salescore.examples.embedding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The example's stand-in for a database table: rows by key, in insertion order (which stands in for
 * {@code ORDER BY created_at, id}). Rows must be immutable values (records of ids, strings, numbers, instants and
 * unmodifiable lists): then copying the map is a complete snapshot, which is how {@link InMemoryUnitOfWork} rolls
 * back. Every access must happen inside a transaction of that unit of work.
 */
final class Table<K, V> {

    private final InMemoryUnitOfWork tx;
    private final String name;
    private Map<K, V> rows = new LinkedHashMap<>();

    Table(InMemoryUnitOfWork tx, String name) {
        this.tx = tx;
        this.name = name;
    }

    Optional<V> find(K key) {
        tx.requireTransaction(name);
        return Optional.ofNullable(rows.get(key));
    }

    /** Inserts the row, or replaces the row of the same key in place. */
    void put(K key, V row) {
        tx.requireTransaction(name);
        rows.put(Objects.requireNonNull(key), Objects.requireNonNull(row));
    }

    void remove(K key) {
        tx.requireTransaction(name);
        rows.remove(key);
    }

    /** The rows, oldest first (a copy: callers may put while they iterate). */
    Stream<V> rows() {
        tx.requireTransaction(name);
        return List.copyOf(rows.values()).stream();
    }

    int size() {
        tx.requireTransaction(name);
        return rows.size();
    }

    /** The rows as they are now, and how to put them back. Called by the unit of work only. */
    Runnable snapshot() {
        Map<K, V> saved = new LinkedHashMap<>(rows);
        return () -> rows = saved;
    }
}
