package jp.hometech.certificates.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.api.settings.ModuleSettings;
import jp.hometech.platform.api.settings.Setting;
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
public class CertificateSettings implements ModuleSettings {

    private static final Logger LOG = Logger.getLogger(CertificateSettings.class.getName());

    static final Setting<String> ISSUER_NAME = Setting.text("CERTIFICATES_ISSUER_NAME",
            "backoffice.certificates.issuer-name", "株式会社ホームテック", 100);
    static final Setting<String> ISSUER_REPRESENTATIVE = Setting.text("CERTIFICATES_ISSUER_REPRESENTATIVE",
            "backoffice.certificates.issuer-representative", "代表取締役 本田 誠", 100);
    static final Setting<String> ISSUER_ADDRESS = Setting.text("CERTIFICATES_ISSUER_ADDRESS",
            "backoffice.certificates.issuer-address", "東京都千代田区丸の内一丁目1番1号", 200);
    static final Setting<String> ISSUER_PHONE = Setting.text("CERTIFICATES_ISSUER_PHONE",
            "backoffice.certificates.issuer-phone", "03-0000-0000", 30);
    static final Setting<String> CONTACT_PERSON = Setting.text("CERTIFICATES_CONTACT_PERSON",
            "backoffice.certificates.contact-person", "業務管理部 証明書担当", 100);
    static final Setting<String> CONTACT = Setting.text("CERTIFICATES_CONTACT",
            "backoffice.certificates.contact", "certificates@example.jp", 100);
    static final Setting<String> PUBLIC_BASE_URL = Setting.text("CERTIFICATES_PUBLIC_BASE_URL",
            "backoffice.certificates.public-base-url", "http://localhost:8080", 300);
    static final Setting<Integer> VERIFY_PER_MINUTE = Setting.integer("CERTIFICATES_VERIFY_PER_MINUTE",
            "backoffice.certificates.verify-per-minute", 20, 1, 10_000);

    static final String VERIFY_PATH = "/verify/index.xhtml?t=";

    private static final List<Setting<String>> ISSUER = List.of(ISSUER_NAME, ISSUER_REPRESENTATIVE, ISSUER_ADDRESS,
            ISSUER_PHONE, CONTACT_PERSON, CONTACT);

    @Override
    public String module() {
        return "certificates";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(ISSUER_NAME, ISSUER_REPRESENTATIVE, ISSUER_ADDRESS, ISSUER_PHONE, CONTACT_PERSON, CONTACT,
                PUBLIC_BASE_URL, VERIFY_PER_MINUTE);
    }

    public Issuer issuer() {
        return new Issuer(ISSUER_NAME.value(), ISSUER_REPRESENTATIVE.value(), ISSUER_ADDRESS.value(), ISSUER_PHONE.value(),
                CONTACT_PERSON.value(), CONTACT.value());
    }

    /** The URL printed and put in the QR code: the public verification page with this token. */
    public String verificationUrl(String token) {
        return publicBaseUrl() + VERIFY_PATH + token;
    }

    public int verificationsPerMinute() {
        return VERIFY_PER_MINUTE.value();
    }

    /** Fails the deployment on a base URL that cannot work; warns while the issuer is the demo one. */
    void validate() {
        publicBaseUrl();
        List<String> defaults = ISSUER.stream().filter(s -> s.value().equals(s.defaultText()))
                .map(Setting::environmentVariable).toList();
        if (!defaults.isEmpty()) {
            LOG.warning(() -> "Certificates are issued with demo issuer details; set " + defaults + " for production.");
        }
    }

    String publicBaseUrl() {
        return parseBaseUrl(PUBLIC_BASE_URL.value());
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
        return VERIFY_PER_MINUTE.value(value);
    }
}
