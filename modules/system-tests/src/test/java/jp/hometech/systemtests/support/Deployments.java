package jp.hometech.systemtests.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

import java.io.File;

/** The real EAR the build produced, as Arquillian deploys it. */
public final class Deployments {

    public static final String EAR_NAME = "backoffice.ear";

    /** For browser tests: the EAR exactly as IT would deploy it. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("backoffice.it.ear")));
    }

    /**
     * For in-container tests: the EAR plus the test classes in its lib/, visible to every module. The jar is a
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
