package io.salescore.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database of `serve` keeps PostgreSQL's durability on (the library turns it off by default). */
class EmbeddedDatabaseTest {

    @Test
    void serve_runs_postgres_with_fsync_synchronous_commit_and_full_page_writes_on(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0, true, true)) {
            assertThat(setting(db, "fsync")).isEqualTo("on");
            assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(db, "full_page_writes")).isEqualTo("on");
            assertThat(Files.readString(dir.resolve(EmbeddedDatabase.PROPERTIES))).contains("port=" + db.port());
            assertThat(EmbeddedDatabase.runningServerUrl(dir)).hasValue(db.jdbcUrl());
        }
        assertThat(dir.resolve(EmbeddedDatabase.PROPERTIES)).doesNotExist();
        assertThat(dir.resolve("pg/PG_VERSION")).exists();
    }

    @Test
    void data_survives_a_restart_on_the_same_directory(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0, true, false)) {
            execute(db, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0, true, false);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", null);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    private static String setting(EmbeddedDatabase db, String name) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", null);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", null);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
