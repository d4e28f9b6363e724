package jp.hometech.recruitment.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.InterviewFailureBasis;
import jp.hometech.recruitment.api.InterviewFailureCount;
import jp.hometech.recruitment.api.InterviewFailureReasonDefinition;
import jp.hometech.recruitment.api.InterviewFailureReasonService;
import jp.hometech.recruitment.api.InterviewFailureReasonView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

@Stateless
public class DefaultInterviewFailureReasonService implements InterviewFailureReasonService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_]{1,39}");
    private static final int MAX_RANGE_DAYS = 400;

    @PersistenceContext(unitName = "recruitment")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Override
    public List<InterviewFailureReasonView> listAll() {
        return em.createQuery("select r from InterviewFailureReason r order by r.sortOrder, r.code", InterviewFailureReason.class)
                .getResultStream().map(InterviewFailureReason::toView).toList();
    }

    @Override
    public List<InterviewFailureReasonView> listActive() {
        return em.createQuery("select r from InterviewFailureReason r where r.active = true order by r.sortOrder, r.code",
                        InterviewFailureReason.class)
                .getResultStream().map(InterviewFailureReason::toView).toList();
    }

    @Override
    public InterviewFailureReasonView create(InterviewFailureReasonDefinition definition, Actor actor) {
        String code = definition.code() == null ? "" : definition.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new BusinessException("recruitment.failureReason.codeFormat");
        }
        if (InterviewFailureReason.byCode(em, code).isPresent()) {
            throw new BusinessException("recruitment.failureReason.codeTaken", code);
        }
        InterviewFailureReason reason = new InterviewFailureReason(code, name(definition.nameJa()), name(definition.nameEn()),
                definition.active(), definition.sortOrder());
        em.persist(reason);
        em.flush();
        auditLog.record(actor, Recruitment.MODULE, "FAILURE_REASON_CREATED", "failureReason#" + code,
                "active=" + definition.active());
        return reason.toView();
    }

    @Override
    public InterviewFailureReasonView update(long id, long expectedVersion, InterviewFailureReasonDefinition definition,
                                             Actor actor) {
        InterviewFailureReason reason = em.find(InterviewFailureReason.class, id);
        if (reason == null) {
            throw new BusinessException("recruitment.failureReason.notFound");
        }
        if (reason.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        reason.change(name(definition.nameJa()), name(definition.nameEn()), definition.active(), definition.sortOrder());
        em.flush();
        auditLog.record(actor, Recruitment.MODULE, "FAILURE_REASON_CHANGED", "failureReason#" + reason.getCode(),
                "active=" + definition.active());
        return reason.toView();
    }

    @Override
    public List<InterviewFailureCount> countFailures(LocalDate from, LocalDate toInclusive) {
        if (from == null || toInclusive == null || toInclusive.isBefore(from)
                || ChronoUnit.DAYS.between(from, toInclusive) >= MAX_RANGE_DAYS) {
            throw new BusinessException("recruitment.failureReason.rangeInvalid", MAX_RANGE_DAYS);
        }
        Instant start = from.atStartOfDay(JapaneseCalendar.ZONE).toInstant();
        Instant end = toInclusive.plusDays(1).atStartOfDay(JapaneseCalendar.ZONE).toInstant();
        return em.createQuery("""
                        select o.failureBasis, o.failureReasonCode, r.nameJa, r.nameEn, count(o)
                        from InterviewOutcome o left join InterviewFailureReason r on r.code = o.failureReasonCode
                        where o.passed = false and o.recordedAt >= :start and o.recordedAt < :end
                        group by o.failureBasis, o.failureReasonCode, r.nameJa, r.nameEn, r.sortOrder
                        order by o.failureBasis, r.sortOrder, o.failureReasonCode""", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultStream()
                .map(row -> new InterviewFailureCount((InterviewFailureBasis) row[0], (String) row[1], (String) row[2],
                        (String) row[3], ((Number) row[4]).longValue()))
                .toList();
    }

    private static String name(String raw) {
        return Recruitment.requiredText(raw, 100, "recruitment.failureReason.nameRequired",
                "recruitment.failureReason.nameTooLong");
    }
}
