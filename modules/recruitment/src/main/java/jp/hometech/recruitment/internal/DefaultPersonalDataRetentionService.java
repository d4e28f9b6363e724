package jp.hometech.recruitment.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.event.EventOutbox;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.AgeBand;
import jp.hometech.recruitment.api.ApplicantStatus;
import jp.hometech.recruitment.api.ApplicationStatisticView;
import jp.hometech.recruitment.api.PersonalDataRetentionService;
import jp.hometech.recruitment.api.QualificationRoute;
import jp.hometech.recruitment.api.ScreeningDecision;
import jp.hometech.recruitment.api.event.PersonalDataErased;
import jp.hometech.recruitment.internal.rules.RetentionPolicy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

@Stateless
public class DefaultPersonalDataRetentionService implements PersonalDataRetentionService {

    /** Bounds one transaction; the daily job takes the rest the next day. */
    static final int MAX_PER_RUN = 1000;

    @PersistenceContext(unitName = "recruitment")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    AccountService accounts;

    @Inject
    RecruitmentSettings settings;

    @Inject
    EventOutbox outbox;

    @Override
    public int eraseExpired(Instant now, Actor actor) {
        Instant closedBefore = RetentionPolicy.closedBefore(now, settings.retentionMonths());
        List<Applicant> expired = em.createQuery("""
                        select a from Applicant a where a.status in :closed and a.closedAt < :closedBefore order by a.id""",
                        Applicant.class)
                .setParameter("closed", ApplicantStatus.closed()).setParameter("closedBefore", closedBefore)
                .setMaxResults(MAX_PER_RUN).getResultList();
        if (expired.isEmpty()) {
            return 0;
        }
        for (Applicant applicant : expired) {
            em.persist(new ApplicationStatistic(applicant.getAppliedOn(), AgeBand.of(applicant.getAgeAtApplication()),
                    applicant.getQualificationRoute(), applicant.getDecision(), applicant.getStatus(), now));
            if (applicant.getPortalUsername() != null) {
                // The user name is the applicant's e-mail address: the account goes too, and the audit log forgets it.
                accounts.erase(applicant.getPortalUsername(), actor);
            }
            auditLog.record(actor, Recruitment.MODULE, "PERSONAL_DATA_ERASED",
                    Recruitment.applicantSubject(applicant.getId()),
                    applicant.getStatus() + " since " + applicant.getClosedAt());
            outbox.publish(Recruitment.MODULE, new PersonalDataErased(applicant.getId(), applicant.getPortalAccountId(), now));
        }
        List<Long> ids = expired.stream().map(Applicant::getId).toList();
        em.flush();
        em.clear();
        // The foreign keys cascade to qualifications, periods, screening results, history, bookings, outcome and consent.
        em.createQuery("delete from Applicant a where a.id in :ids").setParameter("ids", ids).executeUpdate();
        return ids.size();
    }

    @Override
    public List<ApplicationStatisticView> statistics(YearMonth fromMonth, YearMonth toMonthInclusive) {
        return em.createQuery("""
                        select s.appliedMonth, s.ageBand, s.route, s.decision, s.finalStatus, count(s)
                        from ApplicationStatistic s where s.appliedMonth between :from and :to
                        group by s.appliedMonth, s.ageBand, s.route, s.decision, s.finalStatus
                        order by s.appliedMonth, s.ageBand, s.route, s.decision, s.finalStatus""", Object[].class)
                .setParameter("from", fromMonth.atDay(1)).setParameter("to", toMonthInclusive.atDay(1))
                .getResultStream()
                .map(row -> new ApplicationStatisticView(YearMonth.from((LocalDate) row[0]), (AgeBand) row[1],
                        (QualificationRoute) row[2], (ScreeningDecision) row[3], (ApplicantStatus) row[4],
                        ((Number) row[5]).longValue()))
                .toList();
    }
}
