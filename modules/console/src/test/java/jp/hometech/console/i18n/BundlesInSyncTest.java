package jp.hometech.console.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every text exists in Japanese and in English: the two files of a bundle have the same keys. */
class BundlesInSyncTest {

    @ParameterizedTest
    @ValueSource(strings = {"jp/hometech/console/i18n/Messages", "jp/hometech/console/i18n/Recruitment",
            "jp/hometech/console/i18n/Training"})
    void japaneseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> ja = keys(bundle + "_ja.properties");
        Set<String> en = keys(bundle + "_en.properties");

        Set<String> onlyJa = new TreeSet<>(ja);
        onlyJa.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ja);
        assertEquals(Set.of(), onlyJa, bundle + ": keys missing in English");
        assertEquals(Set.of(), onlyEn, bundle + ": keys missing in Japanese");
    }

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = BundlesInSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
