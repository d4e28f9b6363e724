package jp.hometech.systemtests.support;

import jp.hometech.itclock.AdjustableBusinessClock;
import jp.hometech.itclock.BusinessClockServlet;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The real EAR the build produced, as Arquillian deploys it: with the test-only business clock added (a jar
 * in lib/ whose {@link AdjustableBusinessClock} replaces the system clock, and {@code it-clock.war} for tests
 * outside the server). The EAR a customer deploys has neither ({@code ProductionEarHasNoTestClockIT}).
 */
public final class Deployments {

    public static final String EAR_NAME = "backoffice.ear";
    public static final String CONSOLE_WAR = "console.war";
    public static final String CLOCK_JAR = "it-business-clock.jar";
    public static final String CLOCK_WAR = "it-clock.war";
    public static final String CLOCK_CONTEXT = "/it-clock";

    /** The EAR exactly as the build produced it, as IT deploys it. */
    public static EnterpriseArchive productionEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("backoffice.it.ear")));
    }

    /** For browser tests: the production EAR and the test clock. */
    public static EnterpriseArchive ear() {
        EnterpriseArchive ear = productionEar();
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, CLOCK_JAR)
                .addClass(AdjustableBusinessClock.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml"));
        ear.addAsModule(ShrinkWrap.create(WebArchive.class, CLOCK_WAR).addClass(BusinessClockServlet.class));
        addWebModule(ear, CLOCK_WAR, CLOCK_CONTEXT);
        return ear;
    }

    /**
     * For in-container tests: {@link #ear()} plus the test classes in its lib/, visible to every module. Arquillian
     * runs the tests in the console's web module, as it did when that was the only one.
     */
    public static EnterpriseArchive earWithTests() {
        EnterpriseArchive ear = ear();
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "system-tests.jar")
                .addPackages(true, "jp.hometech.systemtests"));
        WebArchive console = ear.getAsType(WebArchive.class, CONSOLE_WAR);
        ear.delete(CONSOLE_WAR);
        ear.addAsModule(Testable.archiveToTest(console));
        return ear;
    }

    /** The build writes application.xml, and a module it does not list is not deployed. */
    private static void addWebModule(EnterpriseArchive ear, String war, String contextRoot) {
        String path = "META-INF/application.xml";
        Node descriptor = ear.get(path);
        String xml = read(descriptor);
        String module = "  <module>\n    <web>\n      <web-uri>" + war + "</web-uri>\n      <context-root>" + contextRoot
                + "</context-root>\n    </web>\n  </module>\n  <library-directory>";
        if (!xml.contains("<library-directory>")) {
            throw new IllegalStateException("Unexpected application.xml in the EAR: " + xml);
        }
        ear.delete(path);
        ear.addAsManifestResource(new StringAsset(xml.replace("<library-directory>", module)), "application.xml");
    }

    private static String read(Node node) {
        try (InputStream in = node.getAsset().openStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Deployments() {
    }
}
