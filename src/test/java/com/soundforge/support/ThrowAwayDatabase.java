package com.soundforge.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database of its own for an app started in another JVM: on H2 the app's own default (a file in its data folder,
 * with the URL users get), or, when the suite runs on PostgreSQL (SPRING_DATASOURCE_URL), a new database on the
 * same server that is dropped afterwards.
 */
public final class ThrowAwayDatabase implements AutoCloseable {

    private final String url;
    private final String adminUrl;
    private final String name;

    /** On H2, the app's own default database in its data folder (the URL users get). */
    public ThrowAwayDatabase() throws SQLException {
        this(null);
    }

    /** On H2, a database file in the folder, for tests that connect to it themselves. */
    public ThrowAwayDatabase(Path folder) throws SQLException {
        String suiteUrl = System.getenv("SPRING_DATASOURCE_URL");
        if (suiteUrl != null && suiteUrl.startsWith("jdbc:postgresql:")) {
            name = "sfa_throwaway_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            adminUrl = suiteUrl;
            url = suiteUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            execute("create database " + name);
        } else {
            name = null;
            adminUrl = null;
            url = folder == null
                    ? null
                    : "jdbc:h2:file:" + folder.resolve("db/sfa").toAbsolutePath()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        }
    }

    /** The JDBC URL, user and password, for tests that connect themselves (e.g. to run Flyway step by step). */
    public String url() {
        return url;
    }

    public String username() {
        return name == null ? "sa" : System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
    }

    public String password() {
        return name == null ? "" : System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
    }

    public boolean isPostgres() {
        return name != null;
    }

    /** PostgreSQL only: ends every connection to this database and refuses new ones, as a server restart would. */
    public void goAway() throws SQLException {
        execute("alter database " + name + " allow_connections false");
        dropConnections();
    }

    /** PostgreSQL only: ends the connections that are open now (a pool retrying against a database that is away). */
    public void dropConnections() throws SQLException {
        execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
    }

    public void comeBack() throws SQLException {
        execute("alter database " + name + " allow_connections true");
    }

    /** Command-line properties that point the app at this database. */
    public List<String> properties() {
        List<String> properties = new ArrayList<>();
        if (url != null) {
            properties.add("--spring.datasource.url=" + url);
        }
        return properties;
    }

    @Override
    public void close() throws SQLException {
        if (name != null) {
            execute("drop database if exists " + name + " with (force)");
        }
    }

    private void execute(String sql) throws SQLException {
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
