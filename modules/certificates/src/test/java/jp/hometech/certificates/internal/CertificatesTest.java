package jp.hometech.certificates.internal;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificatesTest {

    @Test
    void numberCarriesTheYearOfIssueAndTheSequence() {
        assertEquals("BC-2026-000042", Certificates.number(2026, 42));
        assertEquals("BC-2027-1234567", Certificates.number(2027, 1_234_567));
    }

    @Test
    void tokensAre256RandomBitsInUrlSafeBase64() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Certificates.newToken();
            assertTrue(Certificates.wellFormedToken(token), token);
            tokens.add(token);
        }
        assertEquals(1000, tokens.size());
        assertFalse(Certificates.wellFormedToken("short"));
        assertFalse(Certificates.wellFormedToken("a".repeat(42) + "="));
        assertFalse(Certificates.wellFormedToken(null));
    }

    @Test
    void sha256IsLowerCaseHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Certificates.sha256(new byte[0]));
    }

    @Test
    void settingsRefuseABaseUrlThatCannotWork() {
        assertEquals("https://backoffice.example.jp", CertificateSettings.parseBaseUrl("https://backoffice.example.jp/"));
        assertEquals("http://localhost:8080", CertificateSettings.parseBaseUrl("http://localhost:8080"));
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> CertificateSettings.parseBaseUrl("ftp://example.jp"));
        assertTrue(wrong.getMessage().contains("CERTIFICATES_PUBLIC_BASE_URL"));
        assertThrows(IllegalStateException.class, () -> CertificateSettings.parseBaseUrl("https://example.jp/?x=1"));
        assertThrows(IllegalStateException.class, () -> CertificateSettings.parseLimit("0"));
        assertThrows(IllegalStateException.class, () -> CertificateSettings.parseLimit("many"));
        assertEquals(20, CertificateSettings.parseLimit("20"));
    }
}
