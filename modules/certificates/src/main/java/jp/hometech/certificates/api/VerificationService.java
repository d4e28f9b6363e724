package jp.hometech.certificates.api;

import jp.hometech.platform.api.security.Actor;

/**
 * The public check behind a certificate's QR code. Every look-up is audited with the caller's address, and an
 * address that asks too often in a minute gets {@link VerificationOutcome#RATE_LIMITED} instead of an answer.
 */
public interface VerificationService {

    VerificationResult verify(String token, Actor caller);
}
