package jp.hometech.systemtests.billing;

import jp.hometech.systemtests.support.Deployments;
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
 * The real EAR plus a test-only web module at {@code /it-billing} whose servlet makes contractors
 * through the recruitment and scheduling apis; and where the tests keep the files they download.
 */
final class BillingDeployments {

    static final String FIXTURES = "/it-billing";

    static EnterpriseArchive earWithFixtures() {
        EnterpriseArchive ear = Deployments.ear();
        ear.addAsModule(ShrinkWrap.create(WebArchive.class, "it-billing.war")
                .addClasses(BillingFixtureServlet.class, BillingContractors.class, BillingContractors.Contractor.class));
        ArchivePath descriptor = ArchivePaths.create("META-INF/application.xml");
        String xml = read(ear.get(descriptor).getAsset().openStream());
        ear.delete(descriptor);
        ear.add(new StringAsset(xml.replace("<library-directory>", "<module><web><web-uri>it-billing.war</web-uri>"
                + "<context-root>" + FIXTURES + "</context-root></web></module>\n  <library-directory>")), descriptor);
        return ear;
    }

    /**
     * modules/system-tests/target/exports/billing: from the test JVM, and from the server's, whose
     * {@code jboss.home.dir} is target/wildfly-….
     */
    static Path exports() throws IOException {
        String serverHome = System.getProperty("jboss.home.dir");
        Path target = serverHome != null ? Path.of(serverHome).toAbsolutePath().getParent()
                : Path.of(System.getProperty("backoffice.it.screenshots", "target/screenshots")).toAbsolutePath().getParent();
        Path directory = target.resolve("exports").resolve("billing");
        Files.createDirectories(directory);
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

    private BillingDeployments() {
    }
}
