package jp.hometech.recruitment.api;

import jp.hometech.platform.api.security.Actor;

import java.util.List;

/** The R4a certificate list: everybody reads the active entries, ADMIN edits (the console guards it). */
public interface QualifyingCertificateService {

    List<QualifyingCertificateView> listAll();

    /** The entries the application form offers, in display order. */
    List<QualifyingCertificateView> listActive();

    QualifyingCertificateView create(CertificateDefinition definition, Actor actor);

    /** Changes names, qualifying, active and order; the code never changes, as applications refer to it. */
    QualifyingCertificateView update(long id, long expectedVersion, CertificateDefinition definition, Actor actor);
}
