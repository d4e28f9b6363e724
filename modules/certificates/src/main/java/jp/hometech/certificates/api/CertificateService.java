package jp.hometech.certificates.api;

import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.security.Actor;

import java.util.List;
import java.util.Optional;

/**
 * Business-contract certificates (業務委託契約証明書, C1–C4) and the day-by-day 就労実績表 that goes with each.
 * Every issue gets a new number, is stored with both PDFs and written to the issue log and the audit log.
 * <p>
 * The {@code *Own} methods are the contractor's self-service: the person is always the account of the
 * {@code caller} (the signed-in user), never an id the caller could change; another person's certificate is
 * simply not found. The other methods are for staff (ADMIN, RECRUITER; the console checks the role).
 */
public interface CertificateService {

    /** The caller's own certificate, for a purpose they chose; remarks are staff-only and ignored here. */
    CertificateView issueOwn(IssueCommand command, Actor caller);

    /** The caller's own certificates, newest first. */
    List<CertificateView> ownCertificates(Actor caller);

    /** One of the caller's own PDFs; empty for a number that is not theirs. */
    Optional<CertificateDocument> ownDocument(String number, DocumentKind kind, Actor caller);

    /** Staff: a certificate for the contractor with this platform account id. */
    CertificateView issue(long contractorAccountId, IssueCommand command, Actor actor);

    /**
     * Staff: a new certificate (new number, today's data) in place of a valid one, which becomes superseded.
     * {@code expectedVersion} is the version the staff member saw; a newer one is a concurrent edit.
     */
    CertificateView reissue(long certificateId, long expectedVersion, IssueCommand command, Actor actor);

    Optional<CertificateView> find(long certificateId);

    Optional<CertificateView> findByNumber(String number);

    /** Staff: the issue log, paged and sorted in SQL (sort fields: number, issuedAt, contractorName, status). */
    Page<CertificateView> search(CertificateQuery query, PageRequest page);

    /** Staff: a stored PDF. */
    Optional<CertificateDocument> document(String number, DocumentKind kind);
}
