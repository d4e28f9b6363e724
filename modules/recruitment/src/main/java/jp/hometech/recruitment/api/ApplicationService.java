package jp.hometech.recruitment.api;

import jp.hometech.platform.api.security.Actor;

/** Applying, and withdrawing an application. */
public interface ApplicationService {

    /**
     * Screens the application at once (R1–R6) and stores it with every rule's result, in one transaction.
     * An invited applicant gets a portal account (role APPLICANT) whose username is the lower-cased email.
     * Refuses bad input with a {@link jp.hometech.platform.api.BusinessException} and stores nothing; a second
     * application with the same email (any case) is refused with "recruitment.application.duplicateEmail".
     *
     * @param actor who submits: for the public page, e.g. {@code new Actor("anonymous", remoteAddress)}
     */
    ScreeningOutcome apply(ApplicationForm form, Actor actor);

    /** Staff close an open application on the applicant's request; an active interview booking is cancelled. */
    void withdraw(long applicantId, long expectedVersion, String reason, Actor actor);

    /** The applicant withdraws their own application from the portal. */
    void withdrawOwn(String portalUsername, Actor actor);
}
