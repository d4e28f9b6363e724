package jp.hometech.certificates.internal.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameMaskTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "山田 太郎, 山＊ 太＊",
            "山田　花子, 山＊ 花＊",
            "林 凛, 林＊ 凛＊",
            "長谷川 健一郎, 長＊＊ 健＊＊",
            "Smith John, S＊＊＊＊ J＊＊＊",
            "𠮷野 太郎, 𠮷＊ 太＊",
    })
    void eachPartKeepsOnlyItsFirstCharacter(String name, String masked) {
        assertEquals(masked, NameMask.mask(name));
    }
}
