package jp.hometech.devserver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmbeddedDatabaseTest {

    @Test
    void theRunCommandsDatabaseFlushesEveryCommitToDisk(@TempDir Path dataDirectory) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0, true, EmbeddedDatabase.Durability.DURABLE)) {
            assertEquals("on", setting(database, "fsync"));
            assertEquals("on", setting(database, "synchronous_commit"));
            assertEquals("on", setting(database, "full_page_writes"));
        }
    }

    @Test
    void theTestsThrowAwayDatabaseSkipsTheFlushes(@TempDir Path dataDirectory) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0, true, EmbeddedDatabase.Durability.THROW_AWAY)) {
            assertEquals("off", setting(database, "fsync"));
            assertEquals("off", setting(database, "synchronous_commit"));
        }
    }

    private static String setting(EmbeddedDatabase database, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + database.port() + "/postgres",
                EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("show " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
