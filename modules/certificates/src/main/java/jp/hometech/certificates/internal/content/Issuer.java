package jp.hometech.certificates.internal.content;

/** The issuer block (standard form: 事業所名, 代表者名, 所在地, 電話番号, 担当者名 and contact), from the settings. */
public record Issuer(String companyName, String representative, String address, String phone, String contactPerson,
                     String contact) {
}
