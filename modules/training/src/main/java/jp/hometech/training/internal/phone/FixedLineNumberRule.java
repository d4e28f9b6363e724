package jp.hometech.training.internal.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import jp.hometech.platform.api.phone.JapanesePhoneNumbers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * E3: the trainee's line must be a fixed line with a 10-digit number that starts with the area code (市外局番).
 *
 * <p>The explicit prefix table comes first, because it names the kind of number precisely (the message tells
 * the trainee which kind they gave) and does not depend on the library's metadata release. libphonenumber then
 * decides whether the remaining 10-digit number belongs to a real area code, and classifies whatever the table
 * does not know.
 *
 * <p>The input is read by the platform's one phone-number reading ({@link JapanesePhoneNumbers}): full-width
 * digits, every kind of dash, spaces, parentheses, +81 with or without (0).
 */
public final class FixedLineNumberRule {

    private static final String REGION = "JP";
    private static final int GEOGRAPHIC_LENGTH = 10;
    /** Longest prefix first, so 0120 wins over 01. */
    private static final Map<String, PhoneNumberKind> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("0120", PhoneNumberKind.TOLL_FREE);
        PREFIXES.put("0800", PhoneNumberKind.TOLL_FREE);
        PREFIXES.put("0570", PhoneNumberKind.NAVI_DIAL);
        PREFIXES.put("0180", PhoneNumberKind.MASS_CALLING);
        PREFIXES.put("0990", PhoneNumberKind.PREMIUM_RATE);
        PREFIXES.put("090", PhoneNumberKind.MOBILE);
        PREFIXES.put("080", PhoneNumberKind.MOBILE);
        PREFIXES.put("070", PhoneNumberKind.MOBILE);
        PREFIXES.put("050", PhoneNumberKind.IP_PHONE);
        PREFIXES.put("020", PhoneNumberKind.M2M_OR_PAGER);
    }

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    public PhoneNumberCheck check(String input) {
        if (input == null || input.isBlank()) {
            return new PhoneNumberCheck(PhoneNumberKind.MALFORMED, null, null);
        }
        Optional<String> national = JapanesePhoneNumbers.nationalNumber(input);
        if (national.isEmpty()) {
            return new PhoneNumberCheck(PhoneNumberKind.MALFORMED, null, null);
        }
        String digits = national.get();
        for (Map.Entry<String, PhoneNumberKind> prefix : PREFIXES.entrySet()) {
            if (digits.startsWith(prefix.getKey())) {
                return new PhoneNumberCheck(prefix.getValue(), digits, null);
            }
        }
        if (digits.charAt(2) == '0') {
            return new PhoneNumberCheck(PhoneNumberKind.OTHER_NON_GEOGRAPHIC, digits, null);
        }
        if (digits.length() != GEOGRAPHIC_LENGTH) {
            return new PhoneNumberCheck(PhoneNumberKind.MALFORMED, digits, null);
        }
        return classifyWithLibrary(digits);
    }

    private PhoneNumberCheck classifyWithLibrary(String digits) {
        PhoneNumber number;
        try {
            number = util.parse(digits, REGION);
        } catch (NumberParseException e) {
            return new PhoneNumberCheck(PhoneNumberKind.MALFORMED, digits, null);
        }
        if (!util.isValidNumberForRegion(number, REGION)) {
            return new PhoneNumberCheck(PhoneNumberKind.UNKNOWN_AREA_CODE, digits, null);
        }
        PhoneNumberType type = util.getNumberType(number);
        PhoneNumberKind kind = switch (type) {
            case FIXED_LINE, FIXED_LINE_OR_MOBILE -> PhoneNumberKind.GEOGRAPHIC_FIXED_LINE;
            case MOBILE -> PhoneNumberKind.MOBILE;
            case VOIP -> PhoneNumberKind.IP_PHONE;
            case PAGER -> PhoneNumberKind.M2M_OR_PAGER;
            case TOLL_FREE -> PhoneNumberKind.TOLL_FREE;
            case PREMIUM_RATE -> PhoneNumberKind.PREMIUM_RATE;
            case SHARED_COST, UAN -> PhoneNumberKind.NAVI_DIAL;
            default -> PhoneNumberKind.OTHER_NON_GEOGRAPHIC;
        };
        String formatted = kind.isAccepted() ? util.format(number, PhoneNumberFormat.NATIONAL) : null;
        return new PhoneNumberCheck(kind, digits, formatted);
    }
}
