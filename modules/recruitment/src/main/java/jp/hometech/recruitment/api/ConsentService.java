package jp.hometech.recruitment.api;

import jp.hometech.platform.api.security.Actor;

import java.util.Optional;

/**
 * The parental-consent form of a minor (R3), stored in the database. A new upload replaces the previous one
 * and must be verified again; no contract is made for a minor until it is verified.
 */
public interface ConsentService {

    /** Refuses other types than PDF, PNG and JPEG (checked against the content too), and more than 5 MB. */
    ConsentDocumentView upload(long applicantId, ConsentUpload upload, Actor actor);

    /** A member of staff confirms the form is complete and signed; {@code expectedVersion} is the document's. */
    ConsentDocumentView verify(long applicantId, long expectedVersion, Actor actor);

    Optional<ConsentDocumentView> find(long applicantId);

    Optional<ConsentFile> download(long applicantId, Actor actor);
}
