package jp.hometech.recruitment.api;

/** What decided a failed interview (R8): the R4c topics the applicant could not explain, or a listed reason. */
public enum InterviewFailureBasis {
    /** The topics of the checklist that are not confirmed decided it. */
    R4C_TOPICS,
    /** One of the reasons ADMIN keeps ({@link InterviewFailureReasonService}). */
    REASON;

    public String getMessageKey() {
        return "recruitment.failureBasis." + name();
    }
}
