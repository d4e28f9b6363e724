package jp.hometech.systemtests.certificates;

import jp.hometech.systemtests.support.FixtureWebModule;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.nio.file.Path;

/** The real EAR plus the test-only web module whose servlet makes working contractors; and where the tests keep the PDFs they produce. */
final class CertificateDeployments {

    static final String FIXTURES = "/it-certificates";

    static EnterpriseArchive earWithFixtures() {
        return FixtureWebModule.earWith(FIXTURES, CertificateFixtureServlet.class, WorkingContractors.class, WorkingContractors.Contractor.class);
    }

    static Path exports() {
        return FixtureWebModule.exports("certificates");
    }

    private CertificateDeployments() {
    }
}
