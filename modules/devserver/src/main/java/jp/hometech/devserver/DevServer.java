package jp.hometech.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run command: a database (embedded unless DB_HOST names one), WildFly configured by config/, the EAR,
 * and a summary with the console URL. Ctrl-C stops WildFly, then the database.
 */
public final class DevServer {

    private static final List<String> DEMO_USERS =
            List.of("admin", "recruiter", "trainer", "equipment", "scheduler", "billing", "contractor", "applicant");
    private static final String DEMO_PASSWORD_SUFFIX = "-demo-2026";
    private static final Pattern LOG_TIME = Pattern.compile("^(?:\\d{4}-\\d{2}-\\d{2} )?(\\d{2}:\\d{2}:\\d{2},\\d{3})");

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path wildflyHome = Path.of(required("devserver.wildfly.home"));
        Path ear = Path.of(required("devserver.ear"));
        Map<String, String> env = System.getenv();
        boolean embedded = env.getOrDefault("DB_HOST", "").isBlank();

        EmbeddedDatabase database = null;
        ProcessBuilder wildfly = new ProcessBuilder(wildflyHome.resolve("bin/standalone.sh").toString(), "-b", "127.0.0.1");
        if (embedded) {
            Path dataDirectory = Path.of(env.getOrDefault("DEV_DATA_DIR",
                    Path.of(System.getProperty("user.home"), ".hometech-backoffice", "postgres").toString()));
            int port = Integer.parseInt(env.getOrDefault("DEV_DB_PORT", "54329"));
            database = EmbeddedDatabase.start(dataDirectory, port, false, EmbeddedDatabase.Durability.DURABLE);
            EmbeddedDatabase.ensureDatabase("localhost", port, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD, "backoffice");
            System.out.printf("Embedded PostgreSQL on port %d, data kept in %s%n", port, dataDirectory);
            Map<String, String> childEnv = wildfly.environment();
            childEnv.put("DB_HOST", "localhost");
            childEnv.put("DB_PORT", String.valueOf(port));
            childEnv.put("DB_NAME", "backoffice");
            childEnv.put("DB_USER", EmbeddedDatabase.USER);
            childEnv.put("DB_PASSWORD", EmbeddedDatabase.PASSWORD);
            wildfly.command().add("-Dbackoffice.demo-accounts=true");
        } else {
            System.out.printf("Using the PostgreSQL at %s (DB_HOST); no demo accounts are created.%n", env.get("DB_HOST"));
        }

        Path deployments = wildflyHome.resolve("standalone/deployments");
        for (String marker : List.of(".deployed", ".failed", ".undeployed", ".isdeploying", ".pending")) {
            Files.deleteIfExists(deployments.resolve("backoffice.ear" + marker));
        }
        Files.copy(ear, deployments.resolve("backoffice.ear"), StandardCopyOption.REPLACE_EXISTING);
        Path serverLog = wildflyHome.resolve("standalone/log/server.log");
        Files.deleteIfExists(serverLog);
        Path consoleLog = wildflyHome.resolve("standalone/log/console.out");
        Files.createDirectories(consoleLog.getParent());
        wildfly.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        // A development server: the quick JIT tier starts it sooner; standalone.conf's own defaults follow.
        wildfly.environment().putIfAbsent("JAVA_OPTS", "-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m"
                + " -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Djava.net.preferIPv4Stack=true"
                + " -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true");
        wildfly.redirectErrorStream(true).redirectOutput(consoleLog.toFile());
        Process server = wildfly.start();
        EmbeddedDatabase databaseToStop = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, databaseToStop), "devserver-shutdown"));

        String url = "http://localhost:8080/login.xhtml";
        if (!waitForDeployment(deployments, server) || !waitForLoginPage(url, server)) {
            System.err.println("The EAR did not deploy; see " + serverLog);
            System.exit(1);
        }
        double readySeconds = (System.nanoTime() - started) / 1e9;
        System.out.println();
        System.out.println("Hometech back office is running: " + url);
        System.out.printf(Locale.ROOT, "Ready in %.1f s from start (EAR deployment %s); server log: %s%n", readySeconds,
                deploymentTime(serverLog).map(d -> String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0)).orElse("n/a"), serverLog);
        if (embedded) {
            System.out.println("Demo accounts (embedded database only):");
            for (String user : DEMO_USERS) {
                System.out.printf("  %-12s password %s%n", user, user + DEMO_PASSWORD_SUFFIX);
            }
        }
        System.out.println("Press Ctrl-C to stop WildFly and PostgreSQL.");
        int exit = server.waitFor();
        System.out.println("WildFly exited with " + exit);
        // Ends the run command here (the shutdown hook stops PostgreSQL) instead of letting Maven go on building.
        System.exit(exit == 0 || exit == 130 || exit == 143 ? 0 : 1);
    }

    private static boolean waitForDeployment(Path deployments, Process server) throws InterruptedException {
        for (int i = 0; i < 1200 && server.isAlive(); i++) {
            if (Files.exists(deployments.resolve("backoffice.ear.deployed"))) {
                return true;
            }
            if (Files.exists(deployments.resolve("backoffice.ear.failed"))) {
                return false;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static boolean waitForLoginPage(String url, Process server) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < 300 && server.isAlive(); i++) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // the listener is not up yet
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** From "Starting deployment of backoffice.ear" to "Deployed backoffice.ear" in the server log. */
    static Optional<Duration> deploymentTime(Path serverLog) {
        try {
            List<String> lines = Files.readAllLines(serverLog);
            LocalTime start = null;
            for (String line : lines) {
                Matcher time = LOG_TIME.matcher(line);
                if (!time.find()) {
                    continue;
                }
                LocalTime at = LocalTime.parse(time.group(1), DateTimeFormatter.ofPattern("HH:mm:ss,SSS"));
                if (line.contains("WFLYSRV0027") && line.contains("\"backoffice.ear\"")) {
                    start = at;
                } else if (line.contains("WFLYSRV0010") && line.contains("\"backoffice.ear\"") && start != null) {
                    return Optional.of(Duration.between(start, at));
                }
            }
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static void stop(Process server, EmbeddedDatabase database) {
        System.out.println("Stopping WildFly ...");
        server.destroy();
        try {
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            if (database != null) {
                System.out.println("Stopping PostgreSQL ...");
                database.close();
            }
        } catch (InterruptedException | IOException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("Stopped.");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is required (set by the run profile)");
        }
        return value;
    }

    private DevServer() {
    }
}
