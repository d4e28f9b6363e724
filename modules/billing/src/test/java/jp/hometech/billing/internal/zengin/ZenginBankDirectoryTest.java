package jp.hometech.billing.internal.zengin;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZenginBankDirectoryTest {

    private final ZenginBankDirectory directory = new ZenginBankDirectory();

    @Test
    void findsBanksAndBranchesByCodeOrName() {
        assertEquals("みずほ", directory.bank("0001").orElseThrow().getName());
        assertEquals("トウキヨウ", directory.branch("0001", "001").orElseThrow().getKana());
        assertTrue(directory.banks("ゆうちょ", 5).stream().anyMatch(b -> b.getCode().equals("9900")));
        assertEquals(Optional.empty(), directory.branch("0001", "999"));
        assertTrue(directory.banks("", 2000).size() > 1_100, "the whole list is bundled");
    }

    @Test
    void everyKanaNameHasAZenginForm() {
        directory.banks("", 2000).forEach(bank -> {
            assertTrue(ZenginText.normalize(bank.getKana()).isPresent(), bank.getLabel() + " " + bank.getKana());
            directory.branches(bank.getCode(), "", 10_000).forEach(branch -> assertTrue(
                    ZenginText.normalize(branch.getKana()).isPresent(), bank.getLabel() + " " + branch.getLabel() + " " + branch.getKana()));
        });
    }
}
