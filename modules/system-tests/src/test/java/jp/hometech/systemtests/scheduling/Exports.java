package jp.hometech.systemtests.scheduling;

import jp.hometech.systemtests.support.FixtureWebModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the files the scheduling tests upload or receive under modules/system-tests/target/exports/scheduling,
 * from the test JVM (browser tests) or from the server (in-container tests, whose WildFly lives in target/).
 */
final class Exports {

    static Path write(String name, byte[] content) {
        try {
            Path directory = directory();
            Files.createDirectories(directory);
            Path file = directory.resolve(name);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() {
        return FixtureWebModule.exports("scheduling");
    }

    private Exports() {
    }
}
