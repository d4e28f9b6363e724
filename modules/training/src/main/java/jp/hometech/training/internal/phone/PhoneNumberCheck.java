package jp.hometech.training.internal.phone;

/**
 * The verdict on one number. {@code nationalDigits} is the number as digits only (e.g. 0312345678) when it
 * could be read; {@code formatted} the usual domestic notation (03-1234-5678) when it was accepted.
 */
public record PhoneNumberCheck(PhoneNumberKind kind, String nationalDigits, String formatted) {

    public boolean accepted() {
        return kind.isAccepted();
    }
}
