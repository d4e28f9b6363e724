package jp.hometech.recruitment.internal.rules;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.recruitment.api.ApplicationForm;
import jp.hometech.recruitment.api.QualificationEntry;
import jp.hometech.recruitment.api.SupportWorkEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationFormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final Map<String, QualificationRef> CATALOGUE = Map.of(
            "IT_PASSPORT", new QualificationRef("IT_PASSPORT", "ITパスポート", "IT Passport", true, true),
            "OLD_ONE", new QualificationRef("OLD_ONE", "旧資格", "Old", true, false));

    private static ApplicationForm form(String email, String phone, String kana, boolean consent,
                                        List<QualificationEntry> qualifications, List<SupportWorkEntry> periods) {
        return new ApplicationForm(" 山田 太郎 ", kana, LocalDate.of(1990, 1, 1), email, phone, "東京都千代田区1-1", false,
                qualifications, periods, false, true, true, consent, "long enough password".toCharArray(), null);
    }

    private static ApplicationForm valid() {
        return form("Taro.Yamada@Example.JP", "03-1234-5678", "ヤマダ タロウ", true, List.of(), List.of());
    }

    private static String refusal(ApplicationForm form) {
        return assertThrows(BusinessException.class, () -> ApplicationFormValidator.validate(form, CATALOGUE, TODAY))
                .messageKey();
    }

    @Test
    void normalizesEmailPhoneAndNames() {
        ValidApplication application = ApplicationFormValidator.validate(
                form("Ｔａｒｏ@Example.JP ", "０９０－１２３４－５６７８", "やまだ たろう", true, List.of(), List.of()), CATALOGUE, TODAY);
        assertEquals("taro@example.jp", application.email());
        assertEquals("09012345678", application.phone());
        assertEquals("山田 太郎", application.nameKanji());
        assertEquals("ja", application.preferredLanguage());
        assertEquals(TODAY, application.applicationDate());
    }

    @Test
    void storesNothingWithoutPersonalDataConsent() {
        assertEquals("recruitment.application.personalDataConsentRequired",
                refusal(form("a@example.jp", "0312345678", "ヤマダ", false, List.of(), List.of())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at-sign", "a b@example.jp", "a+tag@example.jp", "a@nodot"})
    void refusesEmailsThatCannotBeAPortalLogin(String email) {
        assertEquals("recruitment.application.emailInvalid",
                refusal(form(email, "0312345678", "ヤマダ", true, List.of(), List.of())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1312345678", "031234567", "090123456789"})
    void refusesPhoneNumbersThatAreNotJapanese(String phone) {
        assertEquals("recruitment.application.phoneInvalid",
                refusal(form("a@example.jp", phone, "ヤマダ", true, List.of(), List.of())));
    }

    @Test
    void refusesKanaFieldWithKanji() {
        assertEquals("recruitment.application.nameKanaFormat",
                refusal(form("a@example.jp", "0312345678", "山田", true, List.of(), List.of())));
    }

    @Test
    void refusesUnknownOrRetiredQualifications_R4a() {
        assertEquals("recruitment.application.qualificationUnknown", refusal(form("a@example.jp", "0312345678", "ヤマダ", true,
                List.of(new QualificationEntry("NOPE", null)), List.of())));
        assertEquals("recruitment.application.qualificationUnknown", refusal(form("a@example.jp", "0312345678", "ヤマダ", true,
                List.of(new QualificationEntry("OLD_ONE", null)), List.of())));
    }

    @Test
    void refusesQualificationObtainedAfterTheApplicationDate_R4a() {
        assertEquals("recruitment.application.qualificationDateInFuture", refusal(form("a@example.jp", "0312345678",
                "ヤマダ", true, List.of(new QualificationEntry("IT_PASSPORT", TODAY.plusDays(1))), List.of())));
    }

    @Test
    void declaringTheSameQualificationTwiceKeepsOne_R4a() {
        ValidApplication application = ApplicationFormValidator.validate(form("a@example.jp", "0312345678", "ヤマダ",
                true, List.of(new QualificationEntry("IT_PASSPORT", null), new QualificationEntry("IT_PASSPORT", TODAY)),
                List.of()), CATALOGUE, TODAY);
        assertEquals(1, application.qualifications().size());
        assertTrue(application.screeningInput().qualifications().get(0).qualifying());
    }

    @Test
    void refusesSupportPeriodsInTheFutureOrBackwards_R4b() {
        assertEquals("recruitment.application.periodInFuture", refusal(form("a@example.jp", "0312345678", "ヤマダ", true,
                List.of(), List.of(new SupportWorkEntry(TODAY.minusYears(1), TODAY.plusDays(1), null)))));
        assertEquals("recruitment.application.periodEndsBeforeStart", refusal(form("a@example.jp", "0312345678",
                "ヤマダ", true, List.of(), List.of(new SupportWorkEntry(TODAY.minusDays(1), TODAY.minusDays(2), null)))));
        assertEquals("recruitment.application.periodStartRequired", refusal(form("a@example.jp", "0312345678",
                "ヤマダ", true, List.of(), List.of(new SupportWorkEntry(null, null, null)))));
    }

    @Test
    void refusesBirthDateAfterTheApplicationDate_R1() {
        ApplicationForm form = new ApplicationForm("山田", "ヤマダ", TODAY.plusDays(1), "a@example.jp", "0312345678", "東京",
                false, List.of(), List.of(), false, true, true, true, null, "ja");
        assertEquals("recruitment.application.birthDateInvalid", refusal(form));
    }

    @Test
    void acceptsAValidForm() {
        assertEquals("taro.yamada@example.jp", ApplicationFormValidator.validate(valid(), CATALOGUE, TODAY).email());
    }
}
