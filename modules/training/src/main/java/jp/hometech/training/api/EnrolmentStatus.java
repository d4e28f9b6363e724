package jp.hometech.training.api;

import java.util.EnumSet;
import java.util.Set;

public enum EnrolmentStatus {
    ENROLLED, PASSED_ASSESSMENT, FAILED, TRANSFERRED_OUT, CALL_TRAINING, COMPLETED,
    /** The applicant withdrew from recruitment while in training (recruitment's ApplicantWithdrawn). */
    WITHDRAWN;

    /** Still in training: a candidate has at most one enrolment in these states. */
    public static Set<EnrolmentStatus> active() {
        return EnumSet.of(ENROLLED, PASSED_ASSESSMENT, CALL_TRAINING);
    }

    public boolean isActive() {
        return active().contains(this);
    }

    /** Holds a seat of its cohort: everybody but those who moved to another cohort or withdrew. */
    public boolean occupiesSeat() {
        return this != TRANSFERRED_OUT && this != WITHDRAWN;
    }

    /** The states that hold no seat, for queries. */
    public static Set<EnrolmentStatus> seatless() {
        return EnumSet.of(TRANSFERRED_OUT, WITHDRAWN);
    }

    /** Its name in the module's bundle (pages, PDFs and mails show it in the reader's language). */
    public String getMessageKey() {
        return "training.enrolmentStatus." + name();
    }
}
