package jp.hometech.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 15 from Maven (zonky binaries) for the run command and the tests, when no external
 * database is named. Its data directory is kept unless the caller asks for a clean one, so what a user
 * entered yesterday is still there today.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** How the database treats a commit: kept through a power cut, or fast and lost with the machine. */
    public enum Durability {
        /**
         * The run command: fsync on and synchronous commits, so what users typed survives a power cut or a
         * crash of the machine, as with any production PostgreSQL.
         */
        DURABLE("on", "on"),
        /** The tests: a clean throw-away directory in target/, so no flush to disk is worth its time. */
        THROW_AWAY("off", "off");

        private final String fsync;
        private final String synchronousCommit;

        Durability(String fsync, String synchronousCommit) {
            this.fsync = fsync;
            this.synchronousCommit = synchronousCommit;
        }
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}. zonky always passes {@code -F} (fsync off) to the server and
     * defaults to {@code synchronous_commit=off}; the {@code -c} settings given here come after {@code -F} on
     * the command line, and PostgreSQL applies the last value of a setting, so {@link Durability#DURABLE}
     * really turns both back on ({@code EmbeddedDatabaseTest} checks it with {@code SHOW}).
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean clean, Durability durability) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                .setPort(port)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", durability.fsync)
                .setServerConfig("synchronous_commit", durability.synchronousCommit)
                .start();
        return new EmbeddedDatabase(postgres);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** Creates the database when it is missing; PostgreSQL has no CREATE DATABASE IF NOT EXISTS. */
    public static void ensureDatabase(String host, int port, String user, String password, String database) throws SQLException {
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            if (!database.matches("[a-z_][a-z0-9_]*")) {
                throw new SQLException("Database names are lower-case letters, digits and _: " + database);
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        }
    }
}
