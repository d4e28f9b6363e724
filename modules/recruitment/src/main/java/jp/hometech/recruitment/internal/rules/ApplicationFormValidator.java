package jp.hometech.recruitment.internal.rules;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.recruitment.api.ApplicationForm;
import jp.hometech.recruitment.api.QualificationEntry;
import jp.hometech.recruitment.api.SupportWorkEntry;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Input checks of the application form, before any screening: bad input is refused and nothing is stored. Rules
 * that decide eligibility (age, high school, qualifications, PC, obligations) are the screening's, not these.
 */
public final class ApplicationFormValidator {

    public static final int MAX_NAME = 100;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_DESCRIPTION = 200;
    public static final int MAX_QUALIFICATIONS = 20;
    public static final int MAX_PERIODS = 20;

    /** The email is also the portal login, so it must fit the platform's username rule (at most 64 characters). */
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9][a-z0-9._-]*@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    private static final int MAX_EMAIL = 64;
    private static final Pattern KANA = Pattern.compile("[\\p{IsKatakana}\\p{IsHiragana}ー・ 　]+");
    private static final Pattern PHONE = Pattern.compile("0\\d{9,10}");
    private static final Set<String> LANGUAGES = Set.of("ja", "en");

    public static ValidApplication validate(ApplicationForm form, Map<String, QualificationRef> catalogue,
                                            LocalDate applicationDate) {
        if (!form.personalDataConsent()) {
            throw new BusinessException("recruitment.application.personalDataConsentRequired");
        }
        String nameKanji = required(form.nameKanji(), MAX_NAME, "recruitment.application.nameRequired");
        String nameKana = required(form.nameKana(), MAX_NAME, "recruitment.application.nameKanaRequired");
        if (!KANA.matcher(nameKana).matches()) {
            throw new BusinessException("recruitment.application.nameKanaFormat");
        }
        LocalDate birthDate = form.birthDate();
        if (birthDate == null) {
            throw new BusinessException("recruitment.application.birthDateRequired");
        }
        if (birthDate.isAfter(applicationDate) || birthDate.isBefore(applicationDate.minusYears(120))) {
            throw new BusinessException("recruitment.application.birthDateInvalid");
        }
        String email = email(form.email());
        String phone = phone(form.phone());
        String address = required(form.address(), MAX_ADDRESS, "recruitment.application.addressRequired");
        String language = form.preferredLanguage() == null || form.preferredLanguage().isBlank() ? "ja"
                : form.preferredLanguage().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new BusinessException("recruitment.application.languageUnsupported");
        }
        return new ValidApplication(nameKanji, nameKana, birthDate, email, phone, address, form.enrolledInHighSchool(),
                qualifications(form.qualifications(), catalogue, applicationDate),
                periods(form.supportWork(), applicationDate), form.selfDeclaredKnowledge(), form.hasInternetPc(),
                form.obligationsAcknowledged(), language, applicationDate);
    }

    public static String normalizeEmail(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static String email(String raw) {
        String email = normalizeEmail(raw);
        if (email.isEmpty()) {
            throw new BusinessException("recruitment.application.emailRequired");
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new BusinessException("recruitment.application.emailInvalid", MAX_EMAIL);
        }
        return email;
    }

    /** Full-width digits and hyphens as typed on Japanese keyboards are accepted; stored are the digits alone. */
    static String phone(String raw) {
        String phone = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s\\-()‐－ー]", "");
        if (phone.isEmpty()) {
            throw new BusinessException("recruitment.application.phoneRequired");
        }
        if (!PHONE.matcher(phone).matches()) {
            throw new BusinessException("recruitment.application.phoneInvalid");
        }
        return phone;
    }

    private static List<ValidApplication.HeldQualification> qualifications(List<QualificationEntry> entries,
                                                                        Map<String, QualificationRef> catalogue,
                                                                        LocalDate applicationDate) {
        if (entries.size() > MAX_QUALIFICATIONS) {
            throw new BusinessException("recruitment.application.tooManyQualifications", MAX_QUALIFICATIONS);
        }
        Map<String, ValidApplication.HeldQualification> byCode = new LinkedHashMap<>();
        for (QualificationEntry entry : entries) {
            String code = entry.qualificationCode() == null ? "" : entry.qualificationCode().strip();
            QualificationRef qualification = catalogue.get(code);
            if (qualification == null || !qualification.active()) {
                throw new BusinessException("recruitment.application.qualificationUnknown", code);
            }
            if (entry.obtainedOn() != null && entry.obtainedOn().isAfter(applicationDate)) {
                throw new BusinessException("recruitment.application.qualificationDateInFuture", qualification.nameJa());
            }
            byCode.putIfAbsent(code, new ValidApplication.HeldQualification(qualification, entry.obtainedOn()));
        }
        return List.copyOf(byCode.values());
    }

    private static List<ValidApplication.WorkPeriodEntry> periods(List<SupportWorkEntry> entries, LocalDate applicationDate) {
        if (entries.size() > MAX_PERIODS) {
            throw new BusinessException("recruitment.application.tooManyPeriods", MAX_PERIODS);
        }
        List<ValidApplication.WorkPeriodEntry> periods = new ArrayList<>();
        for (SupportWorkEntry entry : entries) {
            if (entry.startedOn() == null) {
                throw new BusinessException("recruitment.application.periodStartRequired");
            }
            if (entry.startedOn().isAfter(applicationDate)
                    || (entry.endedOn() != null && entry.endedOn().isAfter(applicationDate))) {
                throw new BusinessException("recruitment.application.periodInFuture");
            }
            if (entry.endedOn() != null && entry.endedOn().isBefore(entry.startedOn())) {
                throw new BusinessException("recruitment.application.periodEndsBeforeStart");
            }
            String description = entry.description() == null || entry.description().isBlank() ? null
                    : entry.description().strip();
            if (description != null && description.length() > MAX_DESCRIPTION) {
                throw new BusinessException("recruitment.application.periodDescriptionTooLong", MAX_DESCRIPTION);
            }
            periods.add(new ValidApplication.WorkPeriodEntry(entry.startedOn(), entry.endedOn(), description));
        }
        return periods;
    }

    private static String required(String raw, int max, String key) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new BusinessException(key);
        }
        if (value.length() > max) {
            throw new BusinessException("recruitment.application.tooLong", max);
        }
        return value;
    }

    private ApplicationFormValidator() {
    }
}
