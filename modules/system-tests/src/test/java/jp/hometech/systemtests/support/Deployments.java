package jp.hometech.systemtests.support;

import jp.hometech.itclock.AdjustableBusinessClock;
import jp.hometech.itclock.BusinessClockServlet;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The real EAR the build produced, as Arquillian deploys it: with the test-only business clock added (a jar
 * in lib/ whose {@link AdjustableBusinessClock} replaces the system clock, and {@link BusinessClockServlet} in the
 * console's WEB-INF/lib for tests outside the server). The EAR a customer deploys has neither ({@code ProductionEarHasNoTestClockIT}).
 */
public final class Deployments {

    public static final String EAR_NAME = "backoffice.ear";
    public static final String CONSOLE_WAR = "console.war";
    public static final String CLOCK_JAR = "it-business-clock.jar";
    public static final String CLOCK_SERVLET_JAR = "it-clock-servlet.jar";
    public static final String CLOCK_PATH = "/it-clock/business-clock";

    /** The EAR exactly as the build produced it, as IT deploys it. */
    public static EnterpriseArchive productionEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("backoffice.it.ear")));
    }

    /**
     * For browser tests: the production EAR and the test clock. The servlet that sets it goes into the console's
     * WEB-INF/lib (a second web module would hide the console's health checks from WildFly's MicroProfile Health).
     */
    public static EnterpriseArchive ear() {
        EnterpriseArchive ear = productionEar();
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, CLOCK_JAR)
                .addClass(AdjustableBusinessClock.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml"));
        WebArchive console = ear.getAsType(WebArchive.class, CONSOLE_WAR);
        console.addAsLibrary(ShrinkWrap.create(JavaArchive.class, CLOCK_SERVLET_JAR).addClass(BusinessClockServlet.class));
        ear.delete(CONSOLE_WAR);
        ear.addAsModule(console);
        return ear;
    }

    /**
     * For in-container tests: {@link #ear()} plus the test classes in its lib/, visible to every module. The jar is a
     * bean archive (annotated beans only), so {@link RecordingObserver}, a test-only observer of the events
     * between modules, is in the tests' EAR and never in the EAR a customer deploys.
     */
    public static EnterpriseArchive earWithTests() {
        EnterpriseArchive ear = ear();
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "system-tests.jar")
                .addPackages(true, "jp.hometech.systemtests")
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                        + "version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml"));
        return ear;
    }

    private Deployments() {
    }
}
