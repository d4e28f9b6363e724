package jp.hometech.certificates.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.certificates.api.CertificateStatus;
import jp.hometech.certificates.api.VerificationOutcome;
import jp.hometech.certificates.api.VerificationResult;
import jp.hometech.certificates.api.VerificationService;
import jp.hometech.certificates.internal.content.NameMask;
import jp.hometech.certificates.internal.content.Wareki;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractStatus;
import jp.hometech.recruitment.api.ContractView;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The public answer to a QR code. It says only whether the certificate is ours and still current, with its
 * number, its date of issue and the masked name; every look-up (also of an unknown token) is audited with
 * the caller's address, the token never (only the start of its hash, to tell look-ups of one token apart).
 */
@Stateless
public class DefaultVerificationService implements VerificationService {

    static final String ACTION = "CERTIFICATE_VERIFIED";

    @PersistenceContext(unitName = "certificates")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    ContractService contracts;

    @Inject
    BusinessClock clock;

    @Inject
    CertificateSettings settings;

    @Inject
    VerificationRateLimiter limits;

    @Override
    public VerificationResult verify(String token, Actor caller) {
        VerificationRateLimiter.Decision decision = limits.check(caller.remoteAddress(), clock.now(),
                settings.verificationsPerMinute());
        if (decision != VerificationRateLimiter.Decision.ALLOWED) {
            if (decision == VerificationRateLimiter.Decision.REFUSED_FIRST) {
                auditLog.record(caller, Certificates.MODULE, "CERTIFICATE_VERIFY_RATE_LIMITED", "verification",
                        "more than " + settings.verificationsPerMinute() + " look-ups in a minute");
            }
            return VerificationResult.of(VerificationOutcome.RATE_LIMITED);
        }
        if (!Certificates.wellFormedToken(token)) {
            auditLog.record(caller, Certificates.MODULE, ACTION, "verification", "UNKNOWN (malformed token)");
            return VerificationResult.of(VerificationOutcome.UNKNOWN);
        }
        String hash = Certificates.sha256(token);
        Optional<IssuedCertificate> found = em.createQuery(
                        "select c from IssuedCertificate c where c.tokenHash = :hash", IssuedCertificate.class)
                .setParameter("hash", hash).getResultStream().findFirst();
        if (found.isEmpty()) {
            auditLog.record(caller, Certificates.MODULE, ACTION, "verification", "UNKNOWN token " + hash.substring(0, 12));
            return VerificationResult.of(VerificationOutcome.UNKNOWN);
        }
        IssuedCertificate certificate = found.get();
        VerificationOutcome outcome = outcome(certificate, contracts.find(certificate.getContractId()), clock.today());
        auditLog.record(caller, Certificates.MODULE, ACTION, DefaultCertificateService.subject(certificate.getNumber()),
                outcome.name());
        return new VerificationResult(outcome, certificate.getNumber(), certificate.getIssueDate(),
                Wareki.both(certificate.getIssueDate()), NameMask.mask(certificate.getContractorName()));
    }

    /**
     * Superseded wins; then a contract that has ended since: its end date has passed and the certificate did not
     * already say it had ended (one issued after the end says "was in force from … to …" and stays true).
     */
    static VerificationOutcome outcome(IssuedCertificate certificate, Optional<ContractView> contract, LocalDate today) {
        if (certificate.getStatus() == CertificateStatus.SUPERSEDED) {
            return VerificationOutcome.SUPERSEDED;
        }
        boolean saidEnded = certificate.getPrintedEndDate() != null && certificate.getPrintedEndDate().isBefore(certificate.getIssueDate());
        boolean endedNow = contract.map(c -> c.getStatus() == ContractStatus.ENDED && c.getEndDate() != null
                && c.getEndDate().isBefore(today)).orElse(false);
        return endedNow && !saidEnded ? VerificationOutcome.CONTRACT_ENDED : VerificationOutcome.VALID;
    }
}
