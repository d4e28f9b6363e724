package jp.hometech.recruitment.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.BookingStatus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** What the module's services share: finding and locking applicants, the history, the audit, the clock. */
final class Recruitment {

    static final String MODULE = "recruitment";

    /** The business clock's now, at the precision PostgreSQL keeps (so a re-read entity equals what was written). */
    static Instant now(BusinessClock clock) {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    static String applicantSubject(long applicantId) {
        return "applicant#" + applicantId;
    }

    /** Locks the applicant row for the rest of the transaction, so their own concurrent requests run one at a time. */
    static Applicant lockedApplicant(EntityManager em, long applicantId, long expectedVersion) {
        Applicant applicant = em.find(Applicant.class, applicantId, LockModeType.PESSIMISTIC_WRITE);
        if (applicant == null) {
            throw new BusinessException("recruitment.applicant.notFound");
        }
        if (applicant.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return applicant;
    }

    static Applicant lockedApplicantByUsername(EntityManager em, String portalUsername) {
        Long id = applicantIdByUsername(em, portalUsername)
                .orElseThrow(() -> new BusinessException("recruitment.applicant.notFound"));
        return em.find(Applicant.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    static Optional<Long> applicantIdByUsername(EntityManager em, String portalUsername) {
        String username = portalUsername == null ? "" : portalUsername.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select a.id from Applicant a where a.portalUsername = :username", Long.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    static Optional<InterviewBooking> activeBooking(EntityManager em, long applicantId) {
        return em.createQuery("""
                        select b from InterviewBooking b join fetch b.slot join fetch b.applicant
                        where b.applicant.id = :applicantId and b.status = :active""", InterviewBooking.class)
                .setParameter("applicantId", applicantId).setParameter("active", BookingStatus.ACTIVE)
                .getResultStream().findFirst();
    }

    static void history(EntityManager em, BusinessClock clock, long applicantId, Actor actor, String action, String detail) {
        em.persist(new HistoryRecord(applicantId, now(clock), clip(actor.username(), 64), action,
                detail == null ? null : clip(detail, 500)));
    }

    /** A change of an application: its history line and the audit line, in the caller's transaction. */
    static void record(EntityManager em, AuditLog auditLog, BusinessClock clock, Applicant applicant, Actor actor,
                       String action, String detail) {
        history(em, clock, applicant.getId(), actor, action, detail);
        auditLog.record(actor, MODULE, action, applicantSubject(applicant.getId()), detail);
    }

    static String optionalText(String raw, int max, String tooLongKey) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.length() > max) {
            throw new BusinessException(tooLongKey, max);
        }
        return text;
    }

    static String requiredText(String raw, int max, String requiredKey, String tooLongKey) {
        String text = optionalText(raw, max, tooLongKey);
        if (text == null) {
            throw new BusinessException(requiredKey);
        }
        return text;
    }

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private Recruitment() {
    }
}
