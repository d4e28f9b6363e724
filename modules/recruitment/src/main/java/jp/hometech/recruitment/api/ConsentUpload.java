package jp.hometech.recruitment.api;

/** A scanned or photographed parental-consent form (R3): PDF, PNG or JPEG, at most 5 MB. */
public record ConsentUpload(String fileName, String contentType, byte[] content) implements java.io.Serializable {
}
