package jp.hometech.recruitment.api;

/** The device the applicant joins the web interview with (R7). */
public enum InterviewDevice {
    PC_WITH_CAMERA, TABLET, SMARTPHONE;

    public String getMessageKey() {
        return "recruitment.device." + name();
    }
}
