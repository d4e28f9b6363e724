package jp.hometech.certificates.internal;

import jp.hometech.platform.api.BusinessException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** What the module's services share: its name in the audit log, hashes, tokens and checks of typed text. */
final class Certificates {

    static final String MODULE = "certificates";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Certificates() {
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** 256 random bits, URL-safe: the verification token of a QR code (unguessable, never stored in clear). */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A token as the QR code carries it: 43 URL-safe Base64 characters. Anything else is not looked up. */
    static boolean wellFormedToken(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    /** E.g. BC-2026-000123: the year of issue and a number that never repeats. */
    static String number(int year, long sequence) {
        return String.format("BC-%d-%06d", year, sequence);
    }

    static String optionalText(String raw, int max, String tooLongKey) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip().replaceAll("[\\r\\n\\t]+", " ");
        if (text.length() > max) {
            throw new BusinessException(tooLongKey, max);
        }
        return text;
    }

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
