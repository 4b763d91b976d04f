package com.soundforge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.support.ThrowAwayDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V11 on a database that already holds names differing only in case (H2, or PostgreSQL when the suite runs on it). */
class UsernameCaseMigrationTest {

    @TempDir
    Path folder;

    @Test
    void existingLookAlikesKeepTheirAccountsUnderADistinctNameAndNewOnesAreRefused() throws Exception {
        try (ThrowAwayDatabase database = new ThrowAwayDatabase(folder)) {
            migrate(database, "10");
            try (Connection db = connect(database);
                    Statement sql = db.createStatement()) {
                sql.execute(user("00000000-0000-0000-0000-000000000001", "alice", "2020-01-01 00:00:00+00"));
                sql.execute(user("00000000-0000-0000-0000-000000000002", "Alice", "2021-01-01 00:00:00+00"));
                sql.execute(user("00000000-0000-0000-0000-000000000003", "bob", "2021-01-01 00:00:00+00"));
            }

            migrate(database, "11");

            try (Connection db = connect(database);
                    Statement sql = db.createStatement()) {
                assertThat(names(sql)).containsExactly("alice", "Alice-00000000", "bob");
                assertThatThrownBy(() -> sql.execute("insert into app_user (id, username, username_key, "
                                + "password_hash, role) values ('00000000-0000-0000-0000-000000000004', 'BOB', 'bob', 'x', "
                                + "'USER')"))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> sql.execute("insert into app_user (id, username, username_key, "
                                + "password_hash, role) values ('00000000-0000-0000-0000-000000000005', 'Carol', 'Carol', "
                                + "'x', 'USER')"))
                        .as("the key must be the lower-case name")
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    private static void migrate(ThrowAwayDatabase database, String target) {
        Flyway.configure()
                .dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }

    private static Connection connect(ThrowAwayDatabase database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }

    private static String user(String id, String name, String createdAt) {
        return "insert into app_user (id, username, password_hash, role, created_at) values ('" + id + "', '" + name
                + "', 'x', 'USER', timestamp with time zone '" + createdAt + "')";
    }

    private static List<String> names(Statement sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select username from app_user order by username_key, username")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
