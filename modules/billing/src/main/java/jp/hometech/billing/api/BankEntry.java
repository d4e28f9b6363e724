package jp.hometech.billing.api;

import java.io.Serializable;

/** A bank or a branch of the Zengin code list: code, name, and the kana a transfer file writes. */
public final class BankEntry implements Serializable {

    private final String code;
    private final String name;
    private final String kana;

    public BankEntry(String code, String name, String kana) {
        this.code = code;
        this.name = name;
        this.kana = kana;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getKana() { return kana; }
    /** "0001 みずほ", as a picker shows it. */
    public String getLabel() { return code + " " + name; }
}
