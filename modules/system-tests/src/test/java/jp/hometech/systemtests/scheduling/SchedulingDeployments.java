package jp.hometech.systemtests.scheduling;

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

/**
 * The real EAR plus a small test-only web module at {@code /it-fixtures} whose servlet makes contractors through
 * the recruitment api, so a browser test starts from a real contract without clicking through recruitment.
 */
final class SchedulingDeployments {

    static final String FIXTURES = "/it-fixtures";

    static EnterpriseArchive earWithFixtures() {
        EnterpriseArchive ear = Deployments.ear();
        ear.addAsModule(ShrinkWrap.create(WebArchive.class, "it-fixtures.war")
                .addClasses(ContractorFixtureServlet.class, Contractors.class, Contractors.Contractor.class));
        ArchivePath descriptor = ArchivePaths.create("META-INF/application.xml");
        String xml = read(ear.get(descriptor).getAsset().openStream());
        ear.delete(descriptor);
        ear.add(new StringAsset(xml.replace("<library-directory>", "<module><web><web-uri>it-fixtures.war</web-uri>"
                + "<context-root>" + FIXTURES + "</context-root></web></module>\n  <library-directory>")), descriptor);
        return ear;
    }

    private static String read(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SchedulingDeployments() {
    }
}
