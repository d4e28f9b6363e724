package jp.hometech.recruitment.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.CertificateDefinition;
import jp.hometech.recruitment.api.QualifyingCertificateService;
import jp.hometech.recruitment.api.QualifyingCertificateView;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

@Stateless
public class DefaultQualifyingCertificateService implements QualifyingCertificateService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_]{1,39}");

    @PersistenceContext(unitName = "recruitment")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Override
    public List<QualifyingCertificateView> listAll() {
        return em.createQuery("select c from QualifyingCertificate c order by c.sortOrder, c.code", QualifyingCertificate.class)
                .getResultStream().map(QualifyingCertificate::toView).toList();
    }

    @Override
    public List<QualifyingCertificateView> listActive() {
        return em.createQuery("select c from QualifyingCertificate c where c.active = true order by c.sortOrder, c.code",
                        QualifyingCertificate.class)
                .getResultStream().map(QualifyingCertificate::toView).toList();
    }

    @Override
    public QualifyingCertificateView create(CertificateDefinition definition, Actor actor) {
        String code = definition.code() == null ? "" : definition.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new BusinessException("recruitment.certificate.codeFormat");
        }
        if (!em.createQuery("select c.id from QualifyingCertificate c where c.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty()) {
            throw new BusinessException("recruitment.certificate.codeTaken", code);
        }
        QualifyingCertificate certificate = new QualifyingCertificate(code, nameJa(definition), nameEn(definition),
                definition.qualifying(), definition.active(), definition.sortOrder());
        em.persist(certificate);
        em.flush();
        auditLog.record(actor, Recruitment.MODULE, "CERTIFICATE_CREATED", "certificate#" + code,
                "qualifying=" + definition.qualifying() + ", active=" + definition.active());
        return certificate.toView();
    }

    @Override
    public QualifyingCertificateView update(long id, long expectedVersion, CertificateDefinition definition, Actor actor) {
        QualifyingCertificate certificate = em.find(QualifyingCertificate.class, id);
        if (certificate == null) {
            throw new BusinessException("recruitment.certificate.notFound");
        }
        if (certificate.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        boolean wasQualifying = certificate.isQualifying();
        certificate.change(nameJa(definition), nameEn(definition), definition.qualifying(), definition.active(),
                definition.sortOrder());
        em.flush();
        auditLog.record(actor, Recruitment.MODULE, "CERTIFICATE_CHANGED", "certificate#" + certificate.getCode(),
                "qualifying " + wasQualifying + " -> " + definition.qualifying() + ", active=" + definition.active());
        return certificate.toView();
    }

    private static String nameJa(CertificateDefinition definition) {
        return Recruitment.requiredText(definition.nameJa(), 100, "recruitment.certificate.nameRequired",
                "recruitment.certificate.nameTooLong");
    }

    private static String nameEn(CertificateDefinition definition) {
        return Recruitment.requiredText(definition.nameEn(), 100, "recruitment.certificate.nameRequired",
                "recruitment.certificate.nameTooLong");
    }
}
