package jp.hometech.recruitment.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.PersonalDataRetentionService;

import java.util.logging.Logger;

/** Erases expired personal data every night (Japan time), when nobody works with the applicant list. */
@Singleton
public class PersonalDataRetentionJob {

    private static final Logger LOG = Logger.getLogger(PersonalDataRetentionJob.class.getName());

    @EJB
    PersonalDataRetentionService retention;

    @Inject
    BusinessClock clock;

    @Schedule(hour = "3", minute = "20", timezone = "Asia/Tokyo", persistent = false)
    void eraseExpired() {
        int erased = retention.eraseExpired(clock.now(), Actor.system());
        if (erased > 0) {
            LOG.info(() -> "Personal data of " + erased + " closed application(s) erased");
        }
    }
}
