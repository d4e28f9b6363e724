package jp.hometech.console.billing;

/** The pickers show "0001 みずほ" (code, space, name); the services take the code, or what was typed when it is only a code. */
final class BankPicker {

    private BankPicker() {
    }

    static String code(String picked) {
        if (picked == null) {
            return "";
        }
        String value = picked.strip();
        int space = value.indexOf(' ');
        return space < 0 ? value : value.substring(0, space);
    }
}
