package jp.hometech.billing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.api.settings.InvalidSettingException;
import jp.hometech.platform.api.settings.ModuleSettings;
import jp.hometech.platform.api.settings.Setting;

import java.util.List;

/**
 * Billing's settings (README, Configuration), read and validated by the platform when the application deploys:
 * the payday offset, the company's side of the Zengin transfer file (委託者コード, name in kana, the account paid
 * from, CR LF between records) and the payer printed on statements.
 */
@ApplicationScoped
public class BillingSettings implements ModuleSettings {

    /** B2: paid on the last day of the month this many months after the work month (1 by contract). */
    static final Setting<Integer> PAYDAY_MONTHS_AFTER = Setting.integer("BILLING_PAYDAY_MONTHS_AFTER",
            "backoffice.billing.payday-months-after", 1, 1, 3);
    static final Setting<String> REMITTER_CODE = Setting.text("BILLING_REMITTER_CODE",
            "backoffice.billing.remitter-code", "0000000000", 10);
    static final Setting<String> REMITTER_NAME = Setting.text("BILLING_REMITTER_NAME",
            "backoffice.billing.remitter-name", "ｶ)ﾎ-ﾑﾃﾂｸ", 40);
    static final Setting<String> REMITTER_BANK = Setting.text("BILLING_REMITTER_BANK",
            "backoffice.billing.remitter-bank", "0001", 4);
    static final Setting<String> REMITTER_BRANCH = Setting.text("BILLING_REMITTER_BRANCH",
            "backoffice.billing.remitter-branch", "001", 3);
    /** 1 普通, 2 当座. */
    static final Setting<Integer> REMITTER_DEPOSIT_TYPE = Setting.integer("BILLING_REMITTER_DEPOSIT_TYPE",
            "backoffice.billing.remitter-deposit-type", 1, 1, 2);
    static final Setting<String> REMITTER_ACCOUNT = Setting.text("BILLING_REMITTER_ACCOUNT",
            "backoffice.billing.remitter-account", "0000000", 7);
    static final Setting<Boolean> TRANSFER_CRLF = Setting.bool("BILLING_TRANSFER_CRLF",
            "backoffice.billing.transfer-crlf", true);
    static final Setting<String> COMPANY_NAME = Setting.text("BILLING_COMPANY_NAME",
            "backoffice.billing.company-name", "株式会社ホームテック", 100);
    static final Setting<String> COMPANY_ADDRESS = Setting.text("BILLING_COMPANY_ADDRESS",
            "backoffice.billing.company-address", "東京都千代田区丸の内1-1-1", 200);
    static final Setting<String> COMPANY_PHONE = Setting.text("BILLING_COMPANY_PHONE",
            "backoffice.billing.company-phone", "03-0000-0000", 30);

    @Override
    public String module() {
        return "billing";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(PAYDAY_MONTHS_AFTER, REMITTER_CODE, REMITTER_NAME, REMITTER_BANK, REMITTER_BRANCH,
                REMITTER_DEPOSIT_TYPE, REMITTER_ACCOUNT, TRANSFER_CRLF, COMPANY_NAME, COMPANY_ADDRESS, COMPANY_PHONE);
    }

    public int paydayMonthsAfter() {
        return PAYDAY_MONTHS_AFTER.value();
    }

    public String remitterCode() {
        return digits(REMITTER_CODE, 10);
    }

    public String remitterNameKana() {
        return REMITTER_NAME.value();
    }

    public String remitterBankCode() {
        return digits(REMITTER_BANK, 4);
    }

    public String remitterBranchCode() {
        return digits(REMITTER_BRANCH, 3);
    }

    public int remitterDepositType() {
        return REMITTER_DEPOSIT_TYPE.value();
    }

    public String remitterAccountNumber() {
        return digits(REMITTER_ACCOUNT, 7);
    }

    public String companyName() {
        return COMPANY_NAME.value();
    }

    public String companyAddress() {
        return COMPANY_ADDRESS.value();
    }

    public String companyPhone() {
        return COMPANY_PHONE.value();
    }

    public boolean transferFileCrLf() {
        return TRANSFER_CRLF.value();
    }

    /** The bank's codes are fixed-width digits; anything else would write a transfer file the bank refuses. */
    private static String digits(Setting<String> setting, int length) {
        String value = setting.value();
        if (!value.matches("\\d{" + length + "}")) {
            throw new InvalidSettingException(setting.environmentVariable() + " is '" + value + "', but must be "
                    + length + " digits", null);
        }
        return value;
    }
}
