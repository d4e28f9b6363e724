package jp.hometech.platform.internal.account;

import jp.hometech.platform.api.BusinessException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("correct horse battery".toCharArray());

        assertTrue(hasher.verify("correct horse battery".toCharArray(), stored));
        assertFalse(hasher.verify("correct horse batterY".toCharArray(), stored));
    }

    @Test
    void storesAlgorithmAndAtLeast210000IterationsWithTheHash() {
        String[] parts = hasher.hash("correct horse battery".toCharArray()).split("\\$");

        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000);
        assertEquals(4, parts.length);
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        assertNotEquals(hasher.hash("same password".toCharArray()), hasher.hash("same password".toCharArray()));
    }

    @Test
    void unknownFormatNeverVerifies() {
        assertFalse(hasher.verify("anything".toCharArray(), "$2y$10$abcdefghijklmnopqrstuv"));
    }

    @Test
    void policyRefusesShortPasswordsAndTheUsernameItself() {
        assertEquals("platform.password.tooShort",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("short".toCharArray(), "someone")).messageKey());
        assertEquals("platform.password.sameAsUsername",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("Someone.Else".toCharArray(), "someone.else")).messageKey());
        PasswordPolicy.check("a long passphrase".toCharArray(), "someone");
    }
}
