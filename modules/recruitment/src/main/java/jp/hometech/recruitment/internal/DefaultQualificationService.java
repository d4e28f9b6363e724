package jp.hometech.recruitment.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.QualificationDefinition;
import jp.hometech.recruitment.api.QualificationService;
import jp.hometech.recruitment.api.QualificationView;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

@Stateless
public class DefaultQualificationService implements QualificationService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_]{1,39}");

    @PersistenceContext(unitName = "recruitment")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Override
    public List<QualificationView> listAll() {
        return em.createQuery("select c from Qualification c order by c.sortOrder, c.code", Qualification.class)
                .getResultStream().map(Qualification::toView).toList();
    }

    @Override
    public List<QualificationView> listActive() {
        return em.createQuery("select c from Qualification c where c.active = true order by c.sortOrder, c.code",
                        Qualification.class)
                .getResultStream().map(Qualification::toView).toList();
    }

    @Override
    public QualificationView create(QualificationDefinition definition, Actor actor) {
        String code = definition.code() == null ? "" : definition.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new BusinessException("recruitment.qualification.codeFormat");
        }
        if (!em.createQuery("select c.id from Qualification c where c.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty()) {
            throw new BusinessException("recruitment.qualification.codeTaken", code);
        }
        Qualification qualification = new Qualification(code, nameJa(definition), nameEn(definition),
                definition.qualifying(), definition.active(), definition.sortOrder());
        em.persist(qualification);
        em.flush();
        auditLog.record(actor, Recruitment.MODULE, "QUALIFICATION_CREATED", "qualification#" + code,
                "qualifying=" + definition.qualifying() + ", active=" + definition.active());
        return qualification.toView();
    }

    @Override
    public QualificationView update(long id, long expectedVersion, QualificationDefinition definition, Actor actor) {
        Qualification qualification = em.find(Qualification.class, id);
        if (qualification == null) {
            throw new BusinessException("recruitment.qualification.notFound");
        }
        if (qualification.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        boolean wasQualifying = qualification.isQualifying();
        qualification.change(nameJa(definition), nameEn(definition), definition.qualifying(), definition.active(),
                definition.sortOrder());
        em.flush();
        auditLog.record(actor, Recruitment.MODULE, "QUALIFICATION_CHANGED", "qualification#" + qualification.getCode(),
                "qualifying " + wasQualifying + " -> " + definition.qualifying() + ", active=" + definition.active());
        return qualification.toView();
    }

    private static String nameJa(QualificationDefinition definition) {
        return Recruitment.requiredText(definition.nameJa(), 100, "recruitment.qualification.nameRequired",
                "recruitment.qualification.nameTooLong");
    }

    private static String nameEn(QualificationDefinition definition) {
        return Recruitment.requiredText(definition.nameEn(), 100, "recruitment.qualification.nameRequired",
                "recruitment.qualification.nameTooLong");
    }
}
