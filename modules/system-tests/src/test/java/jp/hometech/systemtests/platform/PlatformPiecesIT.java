package jp.hometech.systemtests.platform;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.audit.AuditEntryView;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.audit.AuditQuery;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.internal.settings.SettingsAtDeployment;
import jp.hometech.systemtests.support.Deployments;
import jp.hometech.systemtests.support.QueryStatistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform's shared pieces in the deployed EAR: settings read at deployment, lists paged and counted in SQL. */
@ExtendWith(ArquillianExtension.class)
class PlatformPiecesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @EJB(lookup = "java:global/backoffice/platform/SettingsAtDeployment!jp.hometech.platform.internal.settings.SettingsAtDeployment")
    SettingsAtDeployment settings;

    @EJB(lookup = "java:global/backoffice/platform/DefaultAuditLog!jp.hometech.platform.api.audit.AuditLog")
    AuditLog auditLog;

    @Inject
    QueryStatistics statistics;

    @Test
    void everyModulesSettingsWereReadAndValidatedAtDeployment() {
        Map<String, String> read = settings.settingsRead();
        assertEquals("platform", read.get("LOGIN_MAX_FAILURES"));
        assertEquals("recruitment", read.get("RECRUITMENT_RETENTION_MONTHS"));
        assertEquals("training", read.get("TRAINING_CALL_TRAINING_DAYS"));
    }

    @Test
    void aListIsCountedOnceAndPagedInTheSortOfItsWhitelist() {
        String subject = "it-list-" + UUID.randomUUID();
        Actor actor = new Actor("it-lists", "127.0.0.1");
        for (int i = 0; i < 25; i++) {
            auditLog.record(actor, "platform", "IT_LIST_" + (char) ('A' + i), subject, "row " + i);
        }
        AuditQuery query = new AuditQuery(null, null, null, subject, null, null);

        assertEquals(new RowCount(25, false), auditLog.count(query));
        List<AuditEntryView> second = auditLog.search(query, new PageRequest(10, 10, "action", true));
        assertEquals("IT_LIST_K", second.get(0).getAction());
        assertEquals(10, second.size());
        List<AuditEntryView> refusedSort = auditLog.search(query, new PageRequest(20, 10, "detail", true));
        assertEquals(5, refusedSort.size());
        assertTrue(refusedSort.get(0).getOccurredAt().compareTo(refusedSort.get(4).getOccurredAt()) >= 0,
                "an unknown sort field gives the default sort, newest first");
    }

    @Test
    void aPageTurnRunsOnlyThePageStatementAndTheCountIsOneStatement() {
        String subject = "it-turn-" + UUID.randomUUID();
        Actor actor = new Actor("it-lists", "127.0.0.1");
        for (int i = 0; i < 45; i++) {
            auditLog.record(actor, "platform", "IT_TURN", subject, "row " + i);
        }
        AuditQuery query = new AuditQuery(null, null, null, subject, null, null);

        assertEquals(1, statistics.statementsRunBy(() -> assertEquals(45, auditLog.count(query).rows())));
        for (int offset : new int[] {0, 20, 40}) {
            assertEquals(1, statistics.statementsRunBy(() -> auditLog.search(query, new PageRequest(offset, 20, null, false))),
                    "page at " + offset + ": the page query, no count");
        }
    }
}
