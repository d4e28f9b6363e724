package jp.hometech.systemtests.scheduling;

import jp.hometech.systemtests.support.FixtureWebModule;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR plus the test-only web module whose servlet makes contractors through the recruitment api. */
final class SchedulingDeployments {

    static final String FIXTURES = "/it-fixtures";

    static EnterpriseArchive earWithFixtures() {
        return FixtureWebModule.earWith(FIXTURES, ContractorFixtureServlet.class, Contractors.class, Contractors.Contractor.class);
    }

    private SchedulingDeployments() {
    }
}
