package jp.hometech.recruitment.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.recruitment.api.ApplicantDetail;
import jp.hometech.recruitment.api.ApplicantQuery;
import jp.hometech.recruitment.api.ApplicantQueryService;
import jp.hometech.recruitment.api.ApplicantSummary;
import jp.hometech.recruitment.api.BookingStatus;
import jp.hometech.recruitment.api.BookingView;
import jp.hometech.recruitment.api.DeclaredQualificationView;
import jp.hometech.recruitment.api.ConsentDocumentView;
import jp.hometech.recruitment.api.HistoryEntryView;
import jp.hometech.recruitment.api.InterviewOutcomeView;
import jp.hometech.recruitment.api.OwnApplicationView;
import jp.hometech.recruitment.api.RuleResultView;
import jp.hometech.recruitment.api.SupportWorkView;
import jp.hometech.recruitment.internal.rules.Csv;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Stateless
public class DefaultApplicantQueryService implements ApplicantQueryService {

    private static final int EXPORT_BATCH = PageRequest.MAX_LIMIT;
    private static final DateTimeFormatter JAPAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(JapaneseCalendar.ZONE);
    private static final List<String> CSV_HEADER = List.of("id", "name_kanji", "name_kana", "email", "applied_on",
            "age_at_application", "minor", "status", "qualification_route", "deciding_rule", "interview_starts_at");

    @PersistenceContext(unitName = "recruitment")
    EntityManager em;

    @Override
    public Page<ApplicantSummary> search(ApplicantQuery query, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Applicant> countRoot = count.from(Applicant.class);
        count.select(cb.count(countRoot)).where(ApplicantFilters.of(cb, countRoot, query));
        long total = em.createQuery(count).getSingleResult();
        if (total == 0) {
            return new Page<>(List.of(), 0);
        }
        return new Page<>(summaries(query, page.sortField(), page.ascending(), page.offset(), page.limit()), total);
    }

    @Override
    public Optional<ApplicantDetail> detail(long applicantId) {
        Applicant a = em.find(Applicant.class, applicantId);
        if (a == null) {
            return Optional.empty();
        }
        List<DeclaredQualificationView> qualifications = em.createQuery("""
                        select new jp.hometech.recruitment.api.DeclaredQualificationView(c.qualificationCode, q.nameJa, q.nameEn,
                            c.obtainedOn, c.qualifying)
                        from ApplicantQualification c, Qualification q
                        where q.code = c.qualificationCode and c.applicant.id = :id order by q.sortOrder""", DeclaredQualificationView.class)
                .setParameter("id", applicantId).getResultList();
        List<SupportWorkView> supportWork = a.getSupportPeriods().stream().map(SupportPeriod::toView).toList();
        InterviewOutcomeView outcome = em.createQuery("select o from InterviewOutcome o where o.applicantId = :id",
                        InterviewOutcome.class)
                .setParameter("id", applicantId).getResultStream().findFirst().map(InterviewOutcome::toView).orElse(null);
        ConsentDocumentView consent = DefaultConsentService.view(em, applicantId).orElse(null);
        Long contractId = em.createQuery("select c.id from Contract c where c.applicantId = :id order by c.id desc", Long.class)
                .setParameter("id", applicantId).setMaxResults(1).getResultStream().findFirst().orElse(null);
        List<HistoryEntryView> history = em.createQuery(
                        "select h from HistoryRecord h where h.applicantId = :id order by h.occurredAt, h.id", HistoryRecord.class)
                .setParameter("id", applicantId).getResultStream().map(HistoryRecord::toView).toList();
        return Optional.of(new ApplicantDetail(a.getId(), a.getNameKanji(), a.getNameKana(), a.getBirthDate(),
                a.getEmail(), a.getPhone(), a.getAddress(), a.isEnrolledInHighSchool(), a.isHasInternetPc(),
                a.isObligationsAcknowledged(), a.isSelfDeclaredKnowledge(), a.getAppliedAt(), a.getAppliedOn(),
                a.getAgeAtApplication(), a.isMinorAtApplication(), a.isParentalConsentRequired(), a.getStatus(),
                a.getQualificationRoute(), a.getDecision(), a.getDecidingRule(), a.getDecisionReasonKey(),
                a.getDecisionReasonArguments(), screening(a), qualifications, supportWork, booking(a), outcome, consent,
                contractId, a.getClosedAt(), a.getClosingReason(), a.getPortalUsername(), a.getPortalAccountId(), history,
                a.getVersion()));
    }

    @Override
    public Optional<OwnApplicationView> ownApplication(String portalUsername) {
        return Recruitment.applicantIdByUsername(em, portalUsername).map(id -> {
            Applicant a = em.find(Applicant.class, id);
            Optional<ConsentDocumentView> consent = DefaultConsentService.view(em, id);
            return new OwnApplicationView(id, a.getNameKanji(), a.getAppliedOn(), a.getStatus(), a.getDecision(),
                    a.getDecidingRule(), a.getDecisionReasonKey(), a.getDecisionReasonArguments(), screening(a),
                    booking(a), a.isParentalConsentRequired(), consent.isPresent(),
                    consent.map(ConsentDocumentView::isVerified).orElse(false), a.getClosingReason());
        });
    }

    @Override
    public String exportCsv(ApplicantQuery query, String sortField, boolean ascending) {
        StringBuilder csv = new StringBuilder(Csv.row(CSV_HEADER));
        for (int offset = 0; ; offset += EXPORT_BATCH) {
            List<ApplicantSummary> batch = summaries(query, sortField, ascending, offset, EXPORT_BATCH);
            for (ApplicantSummary s : batch) {
                csv.append(Csv.row(java.util.Arrays.asList(s.getId(), s.getNameKanji(), s.getNameKana(), s.getEmail(),
                        s.getAppliedOn(), s.getAgeAtApplication(), s.isMinor(), s.getStatus(), s.getRoute(),
                        s.getDecidingRule().getId(),
                        s.getInterviewStartsAt() == null ? null : JAPAN_TIME.format(s.getInterviewStartsAt()))));
            }
            if (batch.size() < EXPORT_BATCH) {
                return csv.toString();
            }
            em.clear();
        }
    }

    /** One page of applicant ids in SQL, then their active interviews in one more query: no query per row. */
    private List<ApplicantSummary> summaries(ApplicantQuery query, String sortField, boolean ascending, int offset,
                                             int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Applicant> select = cb.createQuery(Applicant.class);
        Root<Applicant> root = select.from(Applicant.class);
        boolean knownSort = sortField != null && ApplicantFilters.SORTABLE.containsKey(sortField);
        Expression<?> sortBy = ApplicantFilters.SORTABLE.get(knownSort ? sortField : ApplicantFilters.DEFAULT_SORT).apply(root);
        boolean up = knownSort && ascending;
        select.select(root).where(ApplicantFilters.of(cb, root, query)).orderBy(
                up ? cb.asc(sortBy) : cb.desc(sortBy), up ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
        List<Applicant> applicants = em.createQuery(select).setFirstResult(offset).setMaxResults(limit).getResultList();
        if (applicants.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> interviews = em.createQuery("""
                        select b.applicant.id, s.startsAt from InterviewBooking b join b.slot s
                        where b.applicant.id in :ids and b.status = :active""", Object[].class)
                .setParameter("ids", applicants.stream().map(Applicant::getId).toList())
                .setParameter("active", BookingStatus.ACTIVE)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Instant) row[1], (x, y) -> x));
        return applicants.stream().map(a -> new ApplicantSummary(a.getId(), a.getNameKanji(), a.getNameKana(),
                a.getEmail(), a.getAppliedOn(), a.getAgeAtApplication(), a.isMinorAtApplication(), a.getStatus(),
                a.getQualificationRoute(), a.getDecidingRule(), interviews.get(a.getId()), a.getVersion())).toList();
    }

    private static List<RuleResultView> screening(Applicant applicant) {
        return applicant.getScreeningResults().stream().map(ScreeningResultRecord::toView).toList();
    }

    private BookingView booking(Applicant applicant) {
        return Recruitment.activeBooking(em, applicant.getId()).map(InterviewBooking::toView).orElse(null);
    }
}
