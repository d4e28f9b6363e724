package jp.hometech.billing.internal.zengin;

/**
 * An account as a Zengin record names it: bank (4 digits) and branch (3) with their kana names from the Zengin
 * code list, the deposit type (1 普通, 2 当座, 4 貯蓄, 9 その他), the 7-digit number, and the holder's kana name.
 */
public record BankAccount(String bankCode, String bankKana, String branchCode, String branchKana, int depositType,
                          String number, String holderKana) {
}
