package jp.hometech.certificates.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.certificates.internal.content.Issuer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.logging.Logger;

/**
 * The issuer block of the certificate and the verification settings, each a system property, else an
 * environment variable, else a default (the platform's convention; see the README's configuration table).
 * The issuer defaults are demo values for the run command and the tests: production sets all six, and
 * the deployment log says so while any is left at its default.
 */
@ApplicationScoped
public class CertificateSettings {

    private static final Logger LOG = Logger.getLogger(CertificateSettings.class.getName());

    static final Setting ISSUER_NAME = new Setting("backoffice.certificates.issuer-name", "CERTIFICATES_ISSUER_NAME",
            "株式会社ホームテック");
    static final Setting ISSUER_REPRESENTATIVE = new Setting("backoffice.certificates.issuer-representative",
            "CERTIFICATES_ISSUER_REPRESENTATIVE", "代表取締役 本田 誠");
    static final Setting ISSUER_ADDRESS = new Setting("backoffice.certificates.issuer-address",
            "CERTIFICATES_ISSUER_ADDRESS", "東京都千代田区丸の内一丁目1番1号");
    static final Setting ISSUER_PHONE = new Setting("backoffice.certificates.issuer-phone", "CERTIFICATES_ISSUER_PHONE",
            "03-0000-0000");
    static final Setting CONTACT_PERSON = new Setting("backoffice.certificates.contact-person",
            "CERTIFICATES_CONTACT_PERSON", "業務管理部 証明書担当");
    static final Setting CONTACT = new Setting("backoffice.certificates.contact", "CERTIFICATES_CONTACT",
            "certificates@example.jp");
    static final Setting PUBLIC_BASE_URL = new Setting("backoffice.certificates.public-base-url",
            "CERTIFICATES_PUBLIC_BASE_URL", "http://localhost:8080");
    static final Setting VERIFY_PER_MINUTE = new Setting("backoffice.certificates.verify-per-minute",
            "CERTIFICATES_VERIFY_PER_MINUTE", "20");

    static final String VERIFY_PATH = "/verify/index.xhtml?t=";

    public Issuer issuer() {
        return new Issuer(ISSUER_NAME.read(), ISSUER_REPRESENTATIVE.read(), ISSUER_ADDRESS.read(), ISSUER_PHONE.read(),
                CONTACT_PERSON.read(), CONTACT.read());
    }

    /** The URL printed and put in the QR code: the public verification page with this token. */
    public String verificationUrl(String token) {
        return publicBaseUrl() + VERIFY_PATH + token;
    }

    public int verificationsPerMinute() {
        return parseLimit(VERIFY_PER_MINUTE.read());
    }

    /** Fails the deployment on a value that cannot work, naming the variable. */
    void validate() {
        publicBaseUrl();
        verificationsPerMinute();
        List<Setting> defaults = List.of(ISSUER_NAME, ISSUER_REPRESENTATIVE, ISSUER_ADDRESS, ISSUER_PHONE, CONTACT_PERSON, CONTACT)
                .stream().filter(Setting::isDefault).toList();
        if (!defaults.isEmpty()) {
            LOG.warning(() -> "Certificates are issued with demo issuer details; set "
                    + defaults.stream().map(Setting::environmentVariable).toList() + " for production.");
        }
    }

    String publicBaseUrl() {
        return parseBaseUrl(PUBLIC_BASE_URL.read());
    }

    static String parseBaseUrl(String value) {
        try {
            URI uri = new URI(value);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || (uri.getQuery() != null) || (uri.getFragment() != null)) {
                throw new IllegalStateException(PUBLIC_BASE_URL.environmentVariable()
                        + " must be an http(s) URL without query or fragment: " + value);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(PUBLIC_BASE_URL.environmentVariable() + " is not a URL: " + value, e);
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    static int parseLimit(String value) {
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(VERIFY_PER_MINUTE.environmentVariable() + " is not a number: " + value, e);
        }
        if (limit < 1 || limit > 10_000) {
            throw new IllegalStateException(VERIFY_PER_MINUTE.environmentVariable() + " must be 1..10000: " + limit);
        }
        return limit;
    }

    record Setting(String property, String environmentVariable, String defaultValue) {

        String read() {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                value = System.getenv(environmentVariable);
            }
            return value == null || value.isBlank() ? defaultValue : value.strip();
        }

        boolean isDefault() {
            return read().equals(defaultValue);
        }
    }
}
