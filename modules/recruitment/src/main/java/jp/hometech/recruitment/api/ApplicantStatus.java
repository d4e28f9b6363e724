package jp.hometech.recruitment.api;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands. REJECTED, FAILED and WITHDRAWN close it; its personal data is then erased after the retention period. */
public enum ApplicantStatus {
    REJECTED, INVITED, INTERVIEW_BOOKED, PASSED, FAILED, WITHDRAWN, CONTRACTED;

    public static Set<ApplicantStatus> closed() {
        return EnumSet.of(REJECTED, FAILED, WITHDRAWN);
    }

    public boolean isClosed() {
        return closed().contains(this);
    }

    public String getMessageKey() {
        return "recruitment.status." + name();
    }
}
