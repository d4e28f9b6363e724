package jp.hometech.certificates.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module's messages in both languages, and every message key its code refuses with. */
class BundlesTest {

    private static final Pattern KEY = Pattern.compile("\"(certificates\\.[a-zA-Z.]*[a-zA-Z])\"");

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("ja"), keys("en"));
    }

    @Test
    void everyMessageKeyTheCodeThrowsExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertTrue(used.size() >= 8, used.toString());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys("ja"));
        assertEquals(Set.of(), missing);
    }

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/jp/hometech/certificates/i18n/Messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new HashSet<>(properties.stringPropertyNames());
    }
}
