package jp.hometech.systemtests.support;

import jp.hometech.devserver.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Starts before any test: the embedded PostgreSQL (clean, in target/) unless DB_HOST names an external one,
 * and makes sure the test database exists. Arquillian passes {@code backoffice.it.db.args} to WildFly.
 */
public final class TestDatabase implements LauncherSessionListener {

    private static final String DATABASE = "backoffice_it";
    private EmbeddedDatabase embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            if (isExternal()) {
                EmbeddedDatabase.ensureDatabase(host(), port(), user(), password(), database());
                System.setProperty("backoffice.it.db.args", "");
            } else {
                embedded = EmbeddedDatabase.start(Path.of(System.getProperty("backoffice.it.data-dir", "target/it-postgres")), 0, true,
                        EmbeddedDatabase.Durability.THROW_AWAY);
                EmbeddedDatabase.ensureDatabase("localhost", embedded.port(), user(), password(), DATABASE);
                System.setProperty("backoffice.it.db.args", String.join(" ",
                        "-Dbackoffice.db.host=localhost", "-Dbackoffice.db.port=" + embedded.port(),
                        "-Dbackoffice.db.name=" + DATABASE, "-Dbackoffice.db.user=" + EmbeddedDatabase.USER,
                        "-Dbackoffice.db.password=" + EmbeddedDatabase.PASSWORD));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** JDBC URL of the database the server under test uses, for tests that check the schema directly. */
    public static String jdbcUrl() {
        String args = System.getProperty("backoffice.it.db.args", "");
        if (!isExternal()) {
            String port = args.replaceAll(".*-Dbackoffice\\.db\\.port=(\\d+).*", "$1");
            return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
        }
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database();
    }

    public static String user() {
        return isExternal() ? env("DB_USER", "backoffice") : EmbeddedDatabase.USER;
    }

    public static String password() {
        return isExternal() ? env("DB_PASSWORD", "backoffice") : EmbeddedDatabase.PASSWORD;
    }

    private static boolean isExternal() {
        return !env("DB_HOST", "").isBlank();
    }

    private static String host() {
        return env("DB_HOST", "localhost");
    }

    private static int port() {
        return Integer.parseInt(env("DB_PORT", "5432"));
    }

    private static String database() {
        return env("DB_NAME", "backoffice");
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
