package jp.hometech.billing.api;

import java.io.Serializable;

/** What a person types for a bank account; the holder's name in kana (full- or half-width), as the bank has it. */
public record BankAccountEntry(String bankCode, String branchCode, int depositType, String number, String holderKana)
        implements Serializable {
}
