package io.salescore.adapter.persistence.common;

import org.jdbi.v3.core.Jdbi;

import java.util.function.Supplier;

/** Settings every instance shares, kept in {@code app_setting} (e.g. the generated receipt-link secret). */
public final class JdbiAppSettings {

    private final Jdbi jdbi;

    public JdbiAppSettings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The stored value, or {@code fresh} stored now; when two instances race, both read the one that won. */
    public String getOrCreate(String key, Supplier<String> fresh) {
        return jdbi.withHandle(h -> {
            h.createUpdate("INSERT INTO app_setting (key, value) VALUES (:k, :v) ON CONFLICT (key) DO NOTHING")
                    .bind("k", key).bind("v", fresh.get()).execute();
            return h.createQuery("SELECT value FROM app_setting WHERE key = :k").bind("k", key)
                    .mapTo(String.class).one();
        });
    }
}
