package jp.hometech.recruitment.api;

public enum ScreeningDecision {
    REJECTED, INVITED_TO_INTERVIEW;

    public String getMessageKey() {
        return "recruitment.decision." + name();
    }
}
