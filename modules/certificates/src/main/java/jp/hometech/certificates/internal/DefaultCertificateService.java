package jp.hometech.certificates.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.hometech.certificates.api.CertificateDocument;
import jp.hometech.certificates.api.CertificatePurpose;
import jp.hometech.certificates.api.CertificateQuery;
import jp.hometech.certificates.api.CertificateService;
import jp.hometech.certificates.api.CertificateStatus;
import jp.hometech.certificates.api.CertificateView;
import jp.hometech.certificates.api.DocumentKind;
import jp.hometech.certificates.api.IssueCommand;
import jp.hometech.certificates.internal.content.CertificateAssembler;
import jp.hometech.certificates.internal.content.CertificateContent;
import jp.hometech.certificates.internal.content.PrintedData;
import jp.hometech.certificates.internal.content.ReportingPeriod;
import jp.hometech.certificates.internal.pdf.CertificatePdf;
import jp.hometech.certificates.internal.pdf.WorkRecordPdf;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.security.Role;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.scheduling.api.MonthlyWorkSummary;
import jp.hometech.scheduling.api.WorkDayView;
import jp.hometech.scheduling.api.WorkRecordQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Issues certificates (C3, C4): reads the contract from recruitment and the working record from scheduling,
 * renders both PDFs, stores them with their hashes and what they printed, and audits the issue, all in the
 * caller's one transaction. A contractor's own requests find the person from the caller's account only.
 */
@Stateless
public class DefaultCertificateService implements CertificateService {

    /** The portal lists this many of a contractor's own certificates, newest first. */
    static final int OWN_LIST_LIMIT = 50;
    static final int NOTE_MAX = 100;

    private static final Map<String, String> SORTABLE = Map.of(
            "number", "c.number",
            "issuedAt", "c.issuedAt",
            "contractorName", "c.contractorName",
            "status", "c.status");

    @PersistenceContext(unitName = "certificates")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    AccountService accounts;

    @Inject
    ContractService contracts;

    @Inject
    WorkRecordQuery workRecords;

    @Inject
    BusinessClock clock;

    @Inject
    CertificateSettings settings;

    @Override
    public CertificateView issueOwn(IssueCommand command, Actor caller) {
        AccountView account = ownAccount(caller)
                .orElseThrow(() -> new BusinessException("certificates.issue.notAContractor"));
        IssueCommand own = command == null ? null : new IssueCommand(command.purpose(), command.purposeNote(), null);
        return issued(account.getId(), own, caller, false, null);
    }

    @Override
    public List<CertificateView> ownCertificates(Actor caller) {
        return ownAccount(caller).map(account -> views(em.createQuery(SELECT_VIEW
                        + " where c.contractorAccountId = :account order by c.issuedAt desc, c.id desc", Object[].class)
                .setParameter("account", account.getId()).setMaxResults(OWN_LIST_LIMIT))).orElse(List.of());
    }

    @Override
    public Optional<CertificateDocument> ownDocument(String number, DocumentKind kind, Actor caller) {
        return ownAccount(caller).flatMap(account -> document(number, kind, account.getId()));
    }

    @Override
    public CertificateView issue(long contractorAccountId, IssueCommand command, Actor actor) {
        return issued(contractorAccountId, command, actor, true, null);
    }

    @Override
    public CertificateView reissue(long certificateId, long expectedVersion, IssueCommand command, Actor actor) {
        IssuedCertificate old = em.find(IssuedCertificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
        if (old == null) {
            throw new BusinessException("certificates.notFound");
        }
        if (old.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (old.getStatus() == CertificateStatus.SUPERSEDED) {
            throw new BusinessException("certificates.reissue.alreadySuperseded", old.getNumber());
        }
        CertificateView replacement = issued(old.getContractorAccountId(), command, actor, true, old.getId());
        old.supersede(replacement.getId(), now());
        em.flush();
        auditLog.record(actor, Certificates.MODULE, "CERTIFICATE_SUPERSEDED", subject(old.getNumber()),
                "replaced by " + replacement.getNumber());
        return replacement;
    }

    @Override
    public Optional<CertificateView> find(long certificateId) {
        return views(em.createQuery(SELECT_VIEW + " where c.id = :id", Object[].class).setParameter("id", certificateId))
                .stream().findFirst();
    }

    @Override
    public Optional<CertificateView> findByNumber(String number) {
        return views(em.createQuery(SELECT_VIEW + " where c.number = :number", Object[].class)
                .setParameter("number", normalizedNumber(number))).stream().findFirst();
    }

    @Override
    public Page<CertificateView> search(CertificateQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (lower(c.number) like :text escape '\\' or lower(c.contractNumber) like :text escape '\\'"
                    + " or lower(c.contractorName) like :text escape '\\')");
            parameters.put("text", likePattern(query.text()));
        }
        if (query.status() != null) {
            where.append(" and c.status = :status");
            parameters.put("status", query.status());
        }
        if (query.contractorAccountId() != null) {
            where.append(" and c.contractorAccountId = :account");
            parameters.put("account", query.contractorAccountId());
        }
        TypedQuery<Long> count = em.createQuery("select count(c) from IssuedCertificate c" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        boolean known = page.sortField() != null && SORTABLE.containsKey(page.sortField());
        String sort = known ? SORTABLE.get(page.sortField()) : "c.issuedAt";
        String direction = known && page.ascending() ? " asc" : " desc";
        TypedQuery<Object[]> rows = em.createQuery(SELECT_VIEW + where + " order by " + sort + direction + ", c.id" + direction,
                Object[].class);
        parameters.forEach(rows::setParameter);
        return new Page<>(views(rows.setFirstResult(page.offset()).setMaxResults(page.limit())), total);
    }

    @Override
    public Optional<CertificateDocument> document(String number, DocumentKind kind) {
        return document(number, kind, null);
    }

    /** The one way a certificate comes into being: self-service, staff issue and reissue. */
    private CertificateView issued(long contractorAccountId, IssueCommand command, Actor actor, boolean staff,
                                   Long reissueOfId) {
        if (command == null || command.purpose() == null) {
            throw new BusinessException("certificates.issue.purposeRequired");
        }
        String note = Certificates.optionalText(command.purposeNote(), NOTE_MAX, "certificates.issue.purposeNoteTooLong");
        if (command.purpose() == CertificatePurpose.OTHER && note == null) {
            throw new BusinessException("certificates.issue.purposeNoteRequired");
        }
        String remarks = staff ? Certificates.optionalText(command.remarks(), NOTE_MAX, "certificates.issue.remarksTooLong") : null;
        ContractView contract = contracts.findByContractorAccount(contractorAccountId)
                .orElseThrow(() -> new BusinessException("certificates.issue.noContract"));
        LocalDate birthDate = contracts.contractorBirthDate(contract.getId()).orElse(null);

        Instant now = now();
        LocalDate today = clock.today();
        ReportingPeriod period = CertificateAssembler.period(contract, today);
        List<MonthlyWorkSummary> months = workRecords.lastFullMonths(contractorAccountId, period.last().plusMonths(1),
                period.months().size());
        List<WorkDayView> days = workRecords.daysWorked(contractorAccountId, period.from(), period.to());
        String number = Certificates.number(today.getYear(), nextNumber());
        String token = Certificates.newToken();
        CertificateContent content = CertificateAssembler.content(number, today, settings.issuer(), contract, birthDate,
                period, months, days, new IssueCommand(command.purpose(), note, null), remarks,
                settings.verificationUrl(token));
        byte[] certificatePdf = CertificatePdf.render(content, now);
        byte[] workRecordPdf = WorkRecordPdf.render(content, now);
        String certificateHash = Certificates.sha256(certificatePdf);
        String workRecordHash = Certificates.sha256(workRecordPdf);

        IssuedCertificate certificate = new IssuedCertificate(number, Certificates.sha256(token), contractorAccountId,
                contract.getId(), contract.getContractNumber(), Certificates.clip(contract.getContractorName(), 100),
                today, now, Certificates.clip(actor.username(), 64), staff, command.purpose(), note, remarks,
                content.endDate(), PrintedData.json(content), certificateHash, workRecordHash, reissueOfId);
        em.persist(certificate);
        em.flush();
        em.persist(new StoredDocument(certificate.getId(), DocumentKind.CERTIFICATE, certificatePdf, certificateHash));
        em.persist(new StoredDocument(certificate.getId(), DocumentKind.WORK_RECORD, workRecordPdf, workRecordHash));
        em.flush();
        auditLog.record(actor, Certificates.MODULE, reissueOfId == null ? "CERTIFICATE_ISSUED" : "CERTIFICATE_REISSUED",
                subject(number), (staff ? "staff" : "self-service") + ", for account#" + contractorAccountId
                        + ", contract " + contract.getContractNumber() + ", purpose " + command.purpose()
                        + ", pdf sha256 " + certificateHash + ", work record sha256 " + workRecordHash);
        return find(certificate.getId()).orElseThrow();
    }

    private Optional<CertificateDocument> document(String number, DocumentKind kind, Long ownerAccountId) {
        if (number == null || kind == null) {
            return Optional.empty();
        }
        TypedQuery<Object[]> query = em.createQuery("""
                select c.number, d from IssuedCertificate c, StoredDocument d
                where d.certificateId = c.id and c.number = :number and d.kind = :kind"""
                + (ownerAccountId == null ? "" : " and c.contractorAccountId = :owner"), Object[].class)
                .setParameter("number", normalizedNumber(number)).setParameter("kind", kind);
        if (ownerAccountId != null) {
            query.setParameter("owner", ownerAccountId);
        }
        return query.getResultStream().findFirst().map(row -> {
            StoredDocument document = (StoredDocument) row[1];
            return new CertificateDocument((String) row[0], kind, document.getContent(), document.getSha256());
        });
    }

    /** The caller's own account, when it is a contractor's: the only person self-service ever acts for. */
    private Optional<AccountView> ownAccount(Actor caller) {
        if (caller == null) {
            return Optional.empty();
        }
        return accounts.findByUsername(caller.username()).filter(account -> account.hasRole(Role.CONTRACTOR));
    }

    private static final String SELECT_VIEW = """
            select c, r.number, s.number from IssuedCertificate c
            left join IssuedCertificate r on r.id = c.reissueOfId
            left join IssuedCertificate s on s.id = c.supersededById""";

    private static List<CertificateView> views(TypedQuery<Object[]> query) {
        return query.getResultStream().map(row -> view((IssuedCertificate) row[0], (String) row[1], (String) row[2])).toList();
    }

    private static CertificateView view(IssuedCertificate c, String reissueOfNumber, String supersededByNumber) {
        return new CertificateView(c.getId(), c.getNumber(), c.getIssueDate(), c.getIssuedAt(), c.getIssuedBy(),
                c.isIssuedByStaff(), c.getContractorAccountId(), c.getContractorName(), c.getContractId(),
                c.getContractNumber(), c.getPurpose(), c.getPurposeNote(), c.getRemarks(), c.getStatus(), reissueOfNumber,
                supersededByNumber, c.getSupersededAt(), c.getPrintedData(), c.getPdfSha256(), c.getWorkRecordSha256(),
                c.getVersion());
    }

    static String subject(String number) {
        return "certificate#" + number;
    }

    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    private long nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('certificates.certificate_number_seq')").getSingleResult())
                .longValue();
    }

    private static String normalizedNumber(String number) {
        return number == null ? "" : java.text.Normalizer.normalize(number, java.text.Normalizer.Form.NFKC).strip()
                .toUpperCase(Locale.ROOT);
    }

    private static String likePattern(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
