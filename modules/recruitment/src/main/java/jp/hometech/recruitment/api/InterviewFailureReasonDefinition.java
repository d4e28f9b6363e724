package jp.hometech.recruitment.api;

/** A reason of the reference list a failed interview can name (R8); the code never changes once created. */
public record InterviewFailureReasonDefinition(String code, String nameJa, String nameEn, boolean active, int sortOrder)
        implements java.io.Serializable {
}
