package jp.hometech.recruitment.api;

/** The stored consent document, for staff to view. */
public record ConsentFile(String fileName, String contentType, byte[] content) implements java.io.Serializable {
}
