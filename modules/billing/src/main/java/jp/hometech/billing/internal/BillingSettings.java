package jp.hometech.billing.internal;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Billing's settings (README, Configuration): the payday offset, and the company's side of the Zengin transfer
 * file (委託者コード, name in kana, the account paid from, CR LF between records).
 */
@ApplicationScoped
public class BillingSettings {

    /** B2: paid on the last day of the month this many months after the work month (1 by contract). */
    public int paydayMonthsAfter() {
        return integer("backoffice.billing.payday-months-after", "BILLING_PAYDAY_MONTHS_AFTER", 1, 1, 3);
    }

    public String remitterCode() {
        return digits("backoffice.billing.remitter-code", "BILLING_REMITTER_CODE", "0000000000", 10);
    }

    public String remitterNameKana() {
        return text("backoffice.billing.remitter-name", "BILLING_REMITTER_NAME", "ｶ)ﾎ-ﾑﾃﾂｸ");
    }

    public String remitterBankCode() {
        return digits("backoffice.billing.remitter-bank", "BILLING_REMITTER_BANK", "0001", 4);
    }

    public String remitterBranchCode() {
        return digits("backoffice.billing.remitter-branch", "BILLING_REMITTER_BRANCH", "001", 3);
    }

    /** 1 普通, 2 当座. */
    public int remitterDepositType() {
        return integer("backoffice.billing.remitter-deposit-type", "BILLING_REMITTER_DEPOSIT_TYPE", 1, 1, 2);
    }

    public String remitterAccountNumber() {
        return digits("backoffice.billing.remitter-account", "BILLING_REMITTER_ACCOUNT", "0000000", 7);
    }

    /** The payer printed on statements (支払通知書). */
    public String companyName() {
        return text("backoffice.billing.company-name", "BILLING_COMPANY_NAME", "株式会社ホームテック");
    }

    public String companyAddress() {
        return text("backoffice.billing.company-address", "BILLING_COMPANY_ADDRESS", "東京都千代田区丸の内1-1-1");
    }

    public String companyPhone() {
        return text("backoffice.billing.company-phone", "BILLING_COMPANY_PHONE", "03-0000-0000");
    }

    public boolean transferFileCrLf() {
        String value = read("backoffice.billing.transfer-crlf", "BILLING_TRANSFER_CRLF");
        if (value == null) {
            return true;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalStateException("BILLING_TRANSFER_CRLF=" + value + ": allowed true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static int integer(String property, String variable, int defaultValue, int min, int max) {
        String value = read(property, variable);
        if (value == null) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with what is allowed
        }
        throw new IllegalStateException(variable + "=" + value + ": allowed " + min + ".." + max);
    }

    private static String digits(String property, String variable, String defaultValue, int length) {
        String value = read(property, variable);
        if (value == null) {
            return defaultValue;
        }
        if (!value.matches("\\d{" + length + "}")) {
            throw new IllegalStateException(variable + "=" + value + ": allowed " + length + " digits");
        }
        return value;
    }

    private static String text(String property, String variable, String defaultValue) {
        String value = read(property, variable);
        return value == null ? defaultValue : value;
    }

    private static String read(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
