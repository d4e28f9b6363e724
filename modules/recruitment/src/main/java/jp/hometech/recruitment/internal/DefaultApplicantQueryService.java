package jp.hometech.recruitment.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.csv.CsvFiles;
import jp.hometech.platform.api.csv.CsvWriter;
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
import org.hibernate.jpa.HibernateHints;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Stateless
public class DefaultApplicantQueryService implements ApplicantQueryService {

    private static final int EXPORT_BATCH = PageRequest.MAX_LIMIT;
    private static final DateTimeFormatter JAPAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(JapaneseCalendar.ZONE);
    private static final List<String> CSV_HEADER = List.of("id", "name_kanji", "name_kana", "email", "applied_on",
            "age_at_application", "minor", "status", "qualification_route", "deciding_rule", "interview_starts_at");

    @PersistenceContext(unitName = "recruitment")
    EntityManager em;

    @Inject
    CsvFiles csvFiles;

    @Override
    public RowCount count(ApplicantQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Applicant> root = ids.from(Applicant.class);
        ids.select(root.get("id")).where(ApplicantFilters.of(cb, root, query));
        return RowCount.of(em.createQuery(ids));
    }

    @Override
    public List<ApplicantSummary> search(ApplicantQuery query, PageRequest request) {
        PageRequest page = SORT.resolve(request);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Applicant> select = cb.createQuery(Applicant.class);
        Root<Applicant> root = select.from(Applicant.class);
        select.select(root).where(ApplicantFilters.of(cb, root, query)).orderBy(ApplicantFilters.order(cb, root, page));
        List<Applicant> applicants = em.createQuery(select).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList();
        if (applicants.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> interviews = interviews(applicants.stream().map(Applicant::getId).toList());
        return applicants.stream().map(a -> new ApplicantSummary(a.getId(), a.getNameKanji(), a.getNameKana(),
                a.getEmail(), a.getAppliedOn(), a.getAgeAtApplication(), a.isMinorAtApplication(), a.getStatus(),
                a.getQualificationRoute(), a.getDecidingRule(), interviews.get(a.getId()), a.getVersion())).toList();
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
                .setParameter("id", applicantId).getResultStream().findFirst().map(o -> o.toView(em)).orElse(null);
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
    public void exportCsv(ApplicantQuery query, String sortField, boolean ascending, OutputStream out) {
        PageRequest sort = SORT.resolve(new PageRequest(0, 1, sortField, ascending));
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> select = cb.createTupleQuery();
        Root<Applicant> root = select.from(Applicant.class);
        select.multiselect(root.get("id"), root.get("nameKanji"), root.get("nameKana"), root.get("email"),
                        root.get("appliedOn"), root.get("ageAtApplication"), root.get("minorAtApplication"),
                        root.get("status"), root.get("qualificationRoute"), root.get("decidingRule"))
                .where(ApplicantFilters.of(cb, root, query)).orderBy(ApplicantFilters.order(cb, root, sort));
        // Tuples, not entities: nothing accumulates in the persistence context; the driver reads with a cursor.
        try (CsvWriter csv = csvFiles.open(out, CSV_HEADER);
             Stream<Tuple> rows = em.createQuery(select).setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_BATCH)
                     .getResultStream()) {
            List<Tuple> batch = new ArrayList<>(EXPORT_BATCH);
            rows.forEach(row -> {
                batch.add(row);
                if (batch.size() == EXPORT_BATCH) {
                    write(csv, batch);
                }
            });
            write(csv, batch);
        }
    }

    /** Writes a batch with its active interviews (one more query per batch, not per row) and empties it. */
    private void write(CsvWriter csv, List<Tuple> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<Long, Instant> interviews = interviews(batch.stream().map(row -> row.get(0, Long.class)).toList());
        for (Tuple row : batch) {
            Long id = row.get(0, Long.class);
            Instant interview = interviews.get(id);
            csv.row(Arrays.asList(id, row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(6),
                    row.get(7), row.get(8), row.get(9),
                    interview == null ? null : JAPAN_TIME.format(interview)));
        }
        csv.flush();
        batch.clear();
    }

    private Map<Long, Instant> interviews(List<Long> applicantIds) {
        return em.createQuery("""
                        select b.applicant.id, s.startsAt from InterviewBooking b join b.slot s
                        where b.applicant.id in :ids and b.status = :active""", Object[].class)
                .setParameter("ids", applicantIds)
                .setParameter("active", BookingStatus.ACTIVE)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Instant) row[1], (x, y) -> x));
    }

    private static List<RuleResultView> screening(Applicant applicant) {
        return applicant.getScreeningResults().stream().map(ScreeningResultRecord::toView).toList();
    }

    private BookingView booking(Applicant applicant) {
        return Recruitment.activeBooking(em, applicant.getId()).map(InterviewBooking::toView).orElse(null);
    }
}
