package jp.hometech.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jp.hometech.platform.api.settings.ModuleSettings;
import jp.hometech.platform.api.settings.Setting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every setting is documented and passed on: the settings each module declares (its ModuleSettings bean, the same
 * list the platform validates at deployment), the variables the server scripts in config/ read, and the run
 * command's own ones are exactly the README's configuration table; the docker compose files pass every setting of
 * the application and the server.
 */
class SettingsDocumentedTest {

    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    private static Path root;
    private static Set<String> declared;

    @BeforeAll
    static void readTheCode() {
        root = repositoryRoot();
        declared = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.hometech").stream()
                .filter(c -> c.isAssignableTo(ModuleSettings.class) && !c.isInterface())
                .flatMap(SettingsDocumentedTest::settingsOf)
                .map(Setting::environmentVariable)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyModuleDeclaresItsSettings() {
        assertTrue(declared.containsAll(Set.of("LOGIN_MAX_FAILURES", "RECRUITMENT_RETENTION_MONTHS",
                "TRAINING_SELF_STUDY_DAYS")), "declared: " + declared);
    }

    @Test
    void everySettingTheCodeDeclaresIsInTheReadmeTable() {
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(readmeTable());
        assertEquals(Set.of(), missing, "declared in the code but not in README.md, Configuration");
    }

    @Test
    void everyVariableOfTheServerScriptsIsInTheReadmeTable() {
        Set<String> missing = new TreeSet<>(serverScriptVariables());
        missing.removeAll(readmeTable());
        assertEquals(Set.of(), missing, "read by config/*.cli but not in README.md, Configuration");
    }

    @Test
    void everyVariableOfTheReadmeTableIsReadBySomething() {
        Set<String> unread = new TreeSet<>(readmeTable());
        unread.removeAll(declared);
        unread.removeAll(serverScriptVariables());
        unread.removeAll(runCommandVariables());
        assertEquals(Set.of(), unread, "in README.md, Configuration, but read by no module, config/ script or the run command");
    }

    @Test
    void theComposeFilesPassEverySettingOfTheApplicationAndTheServer() throws IOException {
        List<Path> composeFiles;
        try (Stream<Path> files = Files.list(root.resolve("docker"))) {
            composeFiles = files.filter(p -> p.getFileName().toString().matches("compose.*\\.ya?ml")).sorted().toList();
        }
        assertFalse(composeFiles.isEmpty());
        for (Path compose : composeFiles) {
            Set<String> passed = matches(Files.readString(compose), Pattern.compile("(?m)^\\s+([A-Z][A-Z0-9_]+):"));
            Set<String> missing = new TreeSet<>(declared);
            missing.addAll(serverScriptVariables());
            missing.removeAll(passed);
            assertEquals(Set.of(), missing, compose + " does not pass");
        }
    }

    private static Set<String> readmeTable() {
        String readme = read(root.resolve("README.md"));
        int start = readme.indexOf("\n## Configuration");
        assertTrue(start >= 0, "README.md has no Configuration section");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> variables = new TreeSet<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("| `")) {
                variables.addAll(matches(line.split("\\|")[1], VARIABLE));
            }
        }
        return variables;
    }

    private static Set<String> serverScriptVariables() {
        try (Stream<Path> scripts = Files.list(root.resolve("config"))) {
            return scripts.filter(p -> p.toString().endsWith(".cli"))
                    .flatMap(p -> matches(read(p), Pattern.compile("\\benv\\.([A-Z][A-Z0-9_]+)")).stream())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> runCommandVariables() {
        try (Stream<Path> sources = Files.walk(root.resolve("modules/devserver/src/main/java"))) {
            return sources.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> matches(read(p), Pattern.compile("(?:getenv|getOrDefault|get)\\(\"([A-Z][A-Z0-9_]+)\"")).stream())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Setting<?>> settingsOf(JavaClass type) {
        try {
            ModuleSettings module = (ModuleSettings) type.reflect().getDeclaredConstructor().newInstance();
            return module.settings().stream();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the settings of " + type.getName(), e);
        }
    }

    private static Set<String> matches(String text, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module's basedir is the working directory of its tests; the repository root holds README.md and docker/. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docker")))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "no repository root above " + Path.of("").toAbsolutePath());
        return dir;
    }
}
