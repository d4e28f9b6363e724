package jp.hometech.recruitment.internal.rules;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.recruitment.api.ConsentUpload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The parental-consent upload (R3) must be a PDF, PNG or JPEG of at most 5 MB. The declared type must match the
 * file's first bytes, so a renamed file of another kind is refused.
 */
public final class ConsentFileCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_FILE_NAME = 200;

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'},
            "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** @return the content type in its canonical form */
    public static String check(ConsentUpload upload) {
        if (upload == null || upload.content() == null || upload.content().length == 0) {
            throw new BusinessException("recruitment.consent.fileRequired");
        }
        if (upload.content().length > MAX_BYTES) {
            throw new BusinessException("recruitment.consent.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = canonicalType(upload.contentType());
        byte[] signature = SIGNATURES.get(type);
        if (signature == null) {
            throw new BusinessException("recruitment.consent.typeNotAllowed");
        }
        byte[] content = upload.content();
        if (content.length < signature.length
                || !Arrays.equals(Arrays.copyOf(content, signature.length), signature)) {
            throw new BusinessException("recruitment.consent.contentMismatch");
        }
        return type;
    }

    /** Keeps the last path segment (browsers may send a full path) and at most 200 characters. */
    public static String fileName(String raw, String contentType) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "consent" + switch (contentType) {
                case "application/pdf" -> ".pdf";
                case "image/png" -> ".png";
                default -> ".jpg";
            };
        }
        return name.length() <= MAX_FILE_NAME ? name : name.substring(name.length() - MAX_FILE_NAME);
    }

    private static String canonicalType(String raw) {
        if (raw == null) {
            return "";
        }
        String type = raw.strip().toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        if (parameters >= 0) {
            type = type.substring(0, parameters).strip();
        }
        return "image/jpg".equals(type) || "image/pjpeg".equals(type) ? "image/jpeg" : type;
    }

    private ConsentFileCheck() {
    }
}
