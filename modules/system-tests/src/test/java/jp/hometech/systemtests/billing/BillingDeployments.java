package jp.hometech.systemtests.billing;

import jp.hometech.systemtests.support.FixtureWebModule;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.nio.file.Path;

/** The real EAR plus the test-only web module whose servlet makes contractors with work records; and where the tests keep the files they download. */
final class BillingDeployments {

    static final String FIXTURES = "/it-billing";

    static EnterpriseArchive earWithFixtures() {
        return FixtureWebModule.earWith(FIXTURES, BillingFixtureServlet.class, BillingContractors.class, BillingContractors.Contractor.class);
    }

    static Path exports() {
        return FixtureWebModule.exports("billing");
    }

    private BillingDeployments() {
    }
}
