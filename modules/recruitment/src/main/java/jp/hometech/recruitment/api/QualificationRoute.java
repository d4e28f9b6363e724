package jp.hometech.recruitment.api;

/** Which R4 route qualified the applicant at screening; the first that holds, in the order R4a, R4b, R4c. */
public enum QualificationRoute {
    QUALIFICATION, SUPPORT_WORK, SELF_DECLARATION, NONE;

    public String getMessageKey() {
        return "recruitment.route." + name();
    }
}
