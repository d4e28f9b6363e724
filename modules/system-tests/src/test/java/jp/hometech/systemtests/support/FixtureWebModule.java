package jp.hometech.systemtests.support;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the module test packages share: the real EAR plus a test-only web module whose servlet makes test data
 * through the modules' apis (never in the EAR a customer deploys), and the folder where the tests keep the files
 * the product exports.
 */
public final class FixtureWebModule {

    /** {@link Deployments#ear()} with a web module at {@code contextRoot} (e.g. "/it-billing") holding these classes. */
    public static EnterpriseArchive earWith(String contextRoot, Class<?>... classes) {
        String war = contextRoot.substring(1) + ".war";
        EnterpriseArchive ear = Deployments.ear();
        ear.addAsModule(ShrinkWrap.create(WebArchive.class, war).addClasses(classes));
        ArchivePath descriptor = ArchivePaths.create("META-INF/application.xml");
        String xml = read(ear.get(descriptor).getAsset().openStream());
        ear.delete(descriptor);
        ear.add(new StringAsset(xml.replace("<library-directory>", "<module><web><web-uri>" + war + "</web-uri>"
                + "<context-root>" + contextRoot + "</context-root></web></module>\n  <library-directory>")), descriptor);
        return ear;
    }

    /**
     * modules/system-tests/target/exports/{@code module}: from the test JVM, and from the server's, whose
     * {@code jboss.home.dir} is target/wildfly-….
     */
    public static Path exports(String module) {
        String serverHome = System.getProperty("jboss.home.dir");
        Path target = serverHome != null ? Path.of(serverHome).toAbsolutePath().getParent()
                : Path.of(System.getProperty("backoffice.it.screenshots", "target/screenshots")).toAbsolutePath().getParent();
        Path directory = target.resolve("exports").resolve(module);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }

    private static String read(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FixtureWebModule() {
    }
}
