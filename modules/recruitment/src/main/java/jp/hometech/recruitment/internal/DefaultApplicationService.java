package jp.hometech.recruitment.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;
import jp.hometech.platform.api.account.NewAccount;
import jp.hometech.platform.api.event.EventOutbox;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.security.Role;
import jp.hometech.recruitment.api.ApplicantStatus;
import jp.hometech.recruitment.api.ApplicationForm;
import jp.hometech.recruitment.api.ApplicationService;
import jp.hometech.recruitment.api.ScreeningOutcome;
import jp.hometech.recruitment.api.event.ApplicantWithdrawn;
import jp.hometech.recruitment.internal.rules.ApplicationFormValidator;
import jp.hometech.recruitment.internal.rules.QualificationRef;
import jp.hometech.recruitment.internal.rules.ValidApplication;
import jp.hometech.recruitment.internal.screening.RuleResult;
import jp.hometech.recruitment.internal.screening.ScreeningEngine;
import jp.hometech.recruitment.internal.screening.ScreeningReport;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
public class DefaultApplicationService implements ApplicationService {

    static final String DUPLICATE_EMAIL = "recruitment.application.duplicateEmail";
    private static final Set<ApplicantStatus> WITHDRAWABLE =
            EnumSet.of(ApplicantStatus.INVITED, ApplicantStatus.INTERVIEW_BOOKED, ApplicantStatus.PASSED);

    @PersistenceContext(unitName = "recruitment")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    AccountService accounts;

    @Inject
    EventOutbox outbox;

    private final ScreeningEngine engine = new ScreeningEngine();

    @Override
    public ScreeningOutcome apply(ApplicationForm form, Actor actor) {
        Map<String, QualificationRef> catalogue = em.createQuery("select c from Qualification c",
                        Qualification.class).getResultStream()
                .map(Qualification::toRef).collect(Collectors.toMap(QualificationRef::code, Function.identity()));
        ValidApplication application = ApplicationFormValidator.validate(form, catalogue, Recruitment.today());
        if (emailTaken(application.email())) {
            throw new BusinessException(DUPLICATE_EMAIL);
        }
        ScreeningReport report = engine.screen(application.screeningInput());
        Instant now = Recruitment.now();
        Applicant applicant = new Applicant(application, report, now);
        em.persist(applicant);
        flushRefusingDuplicateEmail();

        String portalUsername = null;
        if (report.invited()) {
            // A rejected applicant has nothing to do in the portal, so only an invited one gets an account.
            portalUsername = application.email();
            if (accounts.findByUsername(portalUsername).isPresent()) {
                throw new BusinessException(DUPLICATE_EMAIL);
            }
            AccountView account = accounts.create(new NewAccount(portalUsername, application.nameKanji(),
                    application.email(), Set.of(Role.APPLICANT), form.password(), application.preferredLanguage()), actor);
            applicant.openedPortalAccount(portalUsername, account.getId());
        }
        RuleResult deciding = report.decidingResult();
        Recruitment.record(em, auditLog, applicant, actor, "APPLIED",
                report.decision() + " by " + deciding.rule().getId() + " (" + deciding.messageKey() + ")");
        return new ScreeningOutcome(applicant.getId(), report.decision(), report.decidingRule(), deciding.messageKey(),
                deciding.arguments(), report.route(), report.parentalConsentRequired(),
                report.results().stream().map(RuleResult::toView).toList(), portalUsername);
    }

    @Override
    public void withdraw(long applicantId, long expectedVersion, String reason, Actor actor) {
        Applicant applicant = Recruitment.lockedApplicant(em, applicantId, expectedVersion);
        String text = Recruitment.requiredText(reason, 500, "recruitment.withdraw.reasonRequired",
                "recruitment.withdraw.reasonTooLong");
        close(applicant, text, actor, "WITHDRAWN");
    }

    @Override
    public void withdrawOwn(String portalUsername, Actor actor) {
        close(Recruitment.lockedApplicantByUsername(em, portalUsername), null, actor, "WITHDRAWN_BY_APPLICANT");
    }

    private void close(Applicant applicant, String reason, Actor actor, String action) {
        if (!WITHDRAWABLE.contains(applicant.getStatus())) {
            throw new BusinessException("recruitment.withdraw.notOpen");
        }
        Instant now = Recruitment.now();
        Recruitment.activeBooking(em, applicant.getId()).ifPresent(booking -> booking.cancel(now));
        applicant.close(ApplicantStatus.WITHDRAWN, reason, now);
        em.flush();
        Recruitment.record(em, auditLog, applicant, actor, action, null);
        outbox.publish(Recruitment.MODULE, new ApplicantWithdrawn(applicant.getId(), applicant.getPortalAccountId(), now));
    }

    private boolean emailTaken(String email) {
        return !em.createQuery("select a.id from Applicant a where lower(a.email) = :email", Long.class)
                .setParameter("email", email).setMaxResults(1).getResultList().isEmpty();
    }

    /** Two applications with one email at the same moment: the unique index refuses the second. */
    private void flushRefusingDuplicateEmail() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation
                        && "applicant_email_unique".equals(violation.getConstraintName())) {
                    throw new BusinessException(DUPLICATE_EMAIL);
                }
            }
            throw e;
        }
    }
}
