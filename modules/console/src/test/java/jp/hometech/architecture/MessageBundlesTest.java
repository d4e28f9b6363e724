package jp.hometech.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jp.hometech.platform.api.i18n.ModuleMessages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every module's messages live in its own jar ({@code jp/hometech/<module>/i18n/Messages_ja|en.properties}),
 * Japanese and English have the same keys with as many arguments, and every key the code uses exists in the
 * bundle it is read from: keys written in Java ({@code new BusinessException("training.cohort.notFound")},
 * {@code Messages.info(...)}), keys an enum hands out ({@code getMessageKey()}), and keys the pages read
 * through the faces-config variables ({@code #{rec['recruitment.menu.title']}}).
 */
class MessageBundlesTest {

    private static final Pattern JAVA_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CONSOLE_KEY_CALL = Pattern.compile(
            "(?:Messages\\.(?:text|info|error|warn)|BusinessException)\\(\\s*\"([^\"]+)\"");
    private static final Pattern PAGE_KEY = Pattern.compile("\\b([A-Za-z]\\w*)\\['([^']+)'\\]");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Path root;
    /** module → its Japanese bundle as a file; the shell's own under its name too. */
    private static final Map<String, Properties> JAPANESE = new TreeMap<>();

    @BeforeAll
    static void readBundles() throws IOException {
        root = ModuleBoundariesTest.repositoryRoot();
        for (Path ja : bundleFiles("_ja.properties")) {
            JAPANESE.put(moduleOfBundle(ja), load(ja));
        }
        assertTrue(JAPANESE.keySet().containsAll(Set.of("platform", "recruitment", "training", ModuleMap.SHELL)),
                "bundles found: " + JAPANESE.keySet());
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeysAndArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path ja : bundleFiles("_ja.properties")) {
            Path en = ja.resolveSibling(ja.getFileName().toString().replace("_ja.properties", "_en.properties"));
            assertTrue(Files.exists(en), "no English bundle beside " + root.relativize(ja));
            Properties japanese = load(ja);
            Properties english = load(en);
            Set<String> onlyJapanese = new TreeSet<>(japanese.stringPropertyNames());
            onlyJapanese.removeAll(english.stringPropertyNames());
            Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
            onlyEnglish.removeAll(japanese.stringPropertyNames());
            onlyJapanese.forEach(key -> problems.add(root.relativize(ja) + ": " + key + " has no English text"));
            onlyEnglish.forEach(key -> problems.add(root.relativize(en) + ": " + key + " has no Japanese text"));
            for (String key : japanese.stringPropertyNames()) {
                // As many arguments, not always the same: a name may come as {0} in Japanese and {1} in English.
                if (english.containsKey(key) && arguments(japanese.getProperty(key)).size() != arguments(english.getProperty(key)).size()) {
                    problems.add(root.relativize(ja) + ": " + key + " takes other arguments in Japanese and English");
                }
                if (japanese.getProperty(key).isBlank() || english.getProperty(key, "x").isBlank()) {
                    problems.add(root.relativize(ja) + ": " + key + " is empty");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyModulesBundleIsInItsOwnJarAndOnTheClassPath() throws IOException {
        for (Path ja : bundleFiles("_ja.properties")) {
            String module = moduleOfBundle(ja);
            Path moduleFolder = root.relativize(ja).subpath(0, 2);
            Path javaPackage = root.resolve(moduleFolder).resolve("src/main/java/jp/hometech").resolve(module);
            assertTrue(Files.isDirectory(javaPackage), root.relativize(ja) + " is not in the jar of the module '" + module + "'");
            assertEquals(root.relativize(ja).getFileName().toString(), "Messages_ja.properties",
                    "a module has one bundle, Messages: " + root.relativize(ja));
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                assertEquals(locale.getLanguage(), ResourceBundle.getBundle(ModuleMessages.baseName(module), locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getLocale().getLanguage());
            }
        }
    }

    @Test
    void everyKeyWrittenInJavaExists() throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> modules = moduleBundles();
        for (Path source : files(root.resolve("modules"), ".java", "src/main/java")) {
            String code = Files.readString(source);
            String owner = moduleOfSource(source);
            Matcher literal = JAVA_LITERAL.matcher(code);
            while (literal.find()) {
                String text = literal.group(1);
                String module = ModuleMessages.moduleOf(text);
                if (modules.contains(module) && text.matches("[a-z]+(\\.[A-Za-z0-9_]+)+\\.?")) {
                    check(module, text, root.relativize(source) + ":" + line(code, literal.start()), missing);
                    if (!owner.equals(ModuleMap.SHELL) && !module.equals(owner)) {
                        missing.add(root.relativize(source) + ": the key " + text + " is not of the module '" + owner + "'");
                    }
                }
            }
            if (owner.equals(ModuleMap.SHELL)) {
                Matcher call = CONSOLE_KEY_CALL.matcher(code);
                while (call.find()) {
                    String key = call.group(1);
                    if (!modules.contains(ModuleMessages.moduleOf(key))) {
                        check(ModuleMap.SHELL, key, root.relativize(source) + ":" + line(code, call.start()), missing);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyAnEnumHandsOutExists() throws Exception {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ModuleMap.BASE_PACKAGE)) {
            if (!type.isEnum()) {
                continue;
            }
            Class<?> enumType = type.reflect();
            for (Method method : enumType.getDeclaredMethods()) {
                boolean keyMethod = (method.getName().equals("getMessageKey") || method.getName().equals("messageKey"))
                        && method.getParameterCount() == 0 && method.getReturnType() == String.class
                        && !Modifier.isStatic(method.getModifiers());
                if (keyMethod) {
                    method.setAccessible(true);
                    for (Object constant : enumType.getEnumConstants()) {
                        String key = (String) method.invoke(constant);
                        check(ModuleMessages.moduleOf(key), key, enumType.getName() + "." + constant, missing);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 50, "enum keys checked: " + checked);
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyAPageReadsExists() throws Exception {
        Map<String, String> bundleOfVariable = facesConfigBundles();
        assertEquals("jp.hometech.recruitment.i18n.Messages", bundleOfVariable.get("rec"));
        assertEquals("jp.hometech.training.i18n.Messages", bundleOfVariable.get("trn"));
        Map<String, String> moduleOfBase = new HashMap<>();
        for (String module : JAPANESE.keySet()) {
            moduleOfBase.put(module.equals(ModuleMap.SHELL) ? "jp.hometech.console.i18n.Messages" : ModuleMessages.baseName(module), module);
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path page : files(root.resolve("modules/console/src/main/webapp"), ".xhtml", "")) {
            String xhtml = Files.readString(page);
            Matcher use = PAGE_KEY.matcher(xhtml);
            while (use.find()) {
                String base = bundleOfVariable.get(use.group(1));
                if (base == null) {
                    continue;
                }
                String module = moduleOfBase.get(base);
                assertTrue(module != null, "faces-config names a bundle that does not exist: " + base);
                check(module, use.group(2), root.relativize(page) + ":" + line(xhtml, use.start()), missing);
                checked++;
            }
        }
        assertTrue(checked > 200, "page keys checked: " + checked);
        assertEquals(List.of(), missing);
    }

    /** A full key must exist; a key's beginning that code completes ({@code "recruitment.status." + name()}) must start some key. */
    private static void check(String module, String key, String where, List<String> missing) {
        Properties bundle = JAPANESE.get(module);
        if (bundle == null) {
            missing.add(where + ": " + key + " (no bundle for '" + module + "')");
        } else if (key.endsWith(".") ? bundle.stringPropertyNames().stream().noneMatch(k -> k.startsWith(key)) : !bundle.containsKey(key)) {
            missing.add(where + ": " + key + " is not in the bundle of '" + module + "'");
        }
    }

    private static Set<String> moduleBundles() {
        Set<String> modules = new TreeSet<>(JAPANESE.keySet());
        modules.remove(ModuleMap.SHELL);
        return modules;
    }

    private static Map<String, String> facesConfigBundles() throws Exception {
        Map<String, String> bundles = new HashMap<>();
        try (InputStream in = Files.newInputStream(root.resolve("modules/console/src/main/webapp/WEB-INF/faces-config.xml"))) {
            NodeList declared = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("resource-bundle");
            for (int i = 0; i < declared.getLength(); i++) {
                Element bundle = (Element) declared.item(i);
                bundles.put(bundle.getElementsByTagName("var").item(0).getTextContent().strip(),
                        bundle.getElementsByTagName("base-name").item(0).getTextContent().strip());
            }
        }
        return bundles;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }

    private static List<Path> bundleFiles(String suffix) throws IOException {
        return files(root.resolve("modules"), suffix, "src/main/resources").stream()
                .filter(p -> p.getParent().getFileName().toString().equals("i18n")).toList();
    }

    /** jp/hometech/<module>/i18n/… → module. */
    private static String moduleOfBundle(Path bundle) {
        return bundle.getParent().getParent().getFileName().toString();
    }

    private static String moduleOfSource(Path source) {
        Path relative = root.relativize(source);
        int java = -1;
        for (int i = 0; i < relative.getNameCount(); i++) {
            if (relative.getName(i).toString().equals("hometech")) {
                java = i;
                break;
            }
        }
        return relative.getName(java + 1).toString();
    }

    private static List<Path> files(Path under, String suffix, String within) throws IOException {
        try (Stream<Path> walk = Files.walk(under)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(p -> !root.relativize(p).toString().contains("/target/"))
                    .filter(p -> within.isEmpty() || root.relativize(p).toString().contains("/" + within + "/"))
                    .sorted().toList();
        }
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
