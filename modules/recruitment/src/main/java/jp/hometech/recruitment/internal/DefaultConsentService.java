package jp.hometech.recruitment.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.ApplicantStatus;
import jp.hometech.recruitment.api.ConsentDocumentView;
import jp.hometech.recruitment.api.ConsentFile;
import jp.hometech.recruitment.api.ConsentService;
import jp.hometech.recruitment.api.ConsentUpload;
import jp.hometech.recruitment.internal.rules.ConsentFileCheck;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

@Stateless
public class DefaultConsentService implements ConsentService {

    private static final Set<ApplicantStatus> OPEN =
            EnumSet.of(ApplicantStatus.INVITED, ApplicantStatus.INTERVIEW_BOOKED, ApplicantStatus.PASSED);

    @PersistenceContext(unitName = "recruitment")
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog auditLog;

    @Override
    public ConsentDocumentView upload(long applicantId, ConsentUpload upload, Actor actor) {
        Applicant applicant = em.find(Applicant.class, applicantId, LockModeType.PESSIMISTIC_WRITE);
        if (applicant == null) {
            throw new BusinessException("recruitment.applicant.notFound");
        }
        if (!applicant.isParentalConsentRequired()) {
            throw new BusinessException("recruitment.consent.notRequired");
        }
        if (!OPEN.contains(applicant.getStatus())) {
            throw new BusinessException("recruitment.consent.applicationNotOpen");
        }
        String contentType = ConsentFileCheck.check(upload);
        String fileName = ConsentFileCheck.fileName(upload.fileName(), contentType);
        ParentalConsent consent = entity(applicantId).orElseGet(() -> new ParentalConsent(applicantId));
        boolean replacing = consent.getId() != null;
        consent.replaceDocument(fileName, contentType, upload.content(), Recruitment.now(clock),
                Recruitment.clip(actor.username(), 64));
        if (!replacing) {
            em.persist(consent);
        }
        em.flush();
        Recruitment.record(em, auditLog, clock, applicant, actor, replacing ? "CONSENT_REPLACED" : "CONSENT_UPLOADED",
                contentType + ", " + upload.content().length + " bytes");
        return consent.toView();
    }

    @Override
    public ConsentDocumentView verify(long applicantId, long expectedVersion, Actor actor) {
        ParentalConsent consent = entity(applicantId)
                .orElseThrow(() -> new BusinessException("recruitment.consent.notUploaded"));
        em.lock(consent, LockModeType.PESSIMISTIC_WRITE);
        if (consent.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (consent.isVerified()) {
            throw new BusinessException("recruitment.consent.alreadyVerified");
        }
        consent.verify(Recruitment.now(clock), Recruitment.clip(actor.username(), 64));
        em.flush();
        Applicant applicant = em.find(Applicant.class, applicantId);
        Recruitment.record(em, auditLog, clock, applicant, actor, "CONSENT_VERIFIED", null);
        return consent.toView();
    }

    @Override
    public Optional<ConsentDocumentView> find(long applicantId) {
        return view(em, applicantId);
    }

    @Override
    public Optional<ConsentFile> download(long applicantId, Actor actor) {
        Optional<ParentalConsent> consent = entity(applicantId);
        consent.ifPresent(c -> auditLog.record(actor, Recruitment.MODULE, "CONSENT_DOWNLOADED",
                Recruitment.applicantSubject(applicantId), null));
        return consent.map(c -> new ConsentFile(c.getFileName(), c.getContentType(), c.getContent()));
    }

    /** The document's facts without loading its content. */
    static Optional<ConsentDocumentView> view(EntityManager em, long applicantId) {
        return em.createQuery("""
                        select new jp.hometech.recruitment.api.ConsentDocumentView(c.id, c.applicantId, c.fileName,
                            c.contentType, cast(c.sizeBytes as Long), c.uploadedAt, c.uploadedBy, c.verifiedAt, c.verifiedBy, c.version)
                        from ParentalConsent c where c.applicantId = :applicantId""", ConsentDocumentView.class)
                .setParameter("applicantId", applicantId).getResultStream().findFirst();
    }

    static boolean verified(EntityManager em, long applicantId) {
        return !em.createQuery("""
                        select c.id from ParentalConsent c where c.applicantId = :applicantId and c.verifiedAt is not null""",
                        Long.class)
                .setParameter("applicantId", applicantId).getResultList().isEmpty();
    }

    private Optional<ParentalConsent> entity(long applicantId) {
        return em.createQuery("select c from ParentalConsent c where c.applicantId = :applicantId", ParentalConsent.class)
                .setParameter("applicantId", applicantId).getResultStream().findFirst();
    }
}
