package jp.hometech.recruitment.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jp.hometech.platform.api.job.JobRunner;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.PersonalDataRetentionService;

import java.util.logging.Logger;

/**
 * Erases expired personal data every night (Japan time), when nobody works with the applicant list. The timer
 * fires on every node; the platform's job runner lets one of them run it, once per business date.
 */
@Singleton
public class PersonalDataRetentionJob {

    static final String JOB = "recruitment.personal-data-retention";
    private static final Logger LOG = Logger.getLogger(PersonalDataRetentionJob.class.getName());

    @EJB
    PersonalDataRetentionService retention;

    @EJB
    JobRunner jobs;

    @Inject
    BusinessClock clock;

    @Schedule(hour = "3", minute = "20", timezone = "Asia/Tokyo", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void eraseExpired() {
        jobs.runOncePer(JOB, clock.today().toString(), context -> {
            // One transaction per batch: a long backlog commits as it goes, and the lease stays renewed.
            int erased;
            do {
                erased = retention.eraseExpired(clock.now(), Actor.system());
                context.itemsDone(erased);
            } while (erased == DefaultPersonalDataRetentionService.MAX_PER_RUN);
        }).ifPresent(run -> LOG.info(() -> "Job " + JOB + " " + run.getOutcome() + ": personal data of "
                + run.getItemsDone() + " closed application(s) erased"));
    }
}
