package jp.hometech.training.internal.phone;

/** What kind of number a trainee gave for their line (E3); only a geographic fixed-line number is accepted. */
public enum PhoneNumberKind {
    GEOGRAPHIC_FIXED_LINE("training.phone.accepted"),
    /** 070, 080, 090: mobile phones (070 also the former PHS). */
    MOBILE("training.phone.mobile"),
    /** 050: IP telephony. */
    IP_PHONE("training.phone.ipPhone"),
    /** 020: M2M and pagers. */
    M2M_OR_PAGER("training.phone.m2m"),
    /** 0120, 0800: free dial. */
    TOLL_FREE("training.phone.tollFree"),
    /** 0570: navi dial (shared-cost nationwide numbers). */
    NAVI_DIAL("training.phone.naviDial"),
    /** 0180: teledome and similar mass-calling services. */
    MASS_CALLING("training.phone.massCalling"),
    /** 0990: premium-rate information services (ダイヤルQ2). */
    PREMIUM_RATE("training.phone.premiumRate"),
    /** Any other 0A0 prefix (e.g. 060): a non-geographic service number. */
    OTHER_NON_GEOGRAPHIC("training.phone.nonGeographic"),
    /** Shaped like a geographic number, but no area code of Japan has it. */
    UNKNOWN_AREA_CODE("training.phone.unknownAreaCode"),
    /** Not a domestic number of the right length: letters, a missing leading 0, too short or too long. */
    MALFORMED("training.phone.malformed");

    private final String messageKey;

    PhoneNumberKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean isAccepted() {
        return this == GEOGRAPHIC_FIXED_LINE;
    }
}
