package jp.hometech.billing.api;

import java.io.Serializable;

/** One line of a fee schedule: a code, its names, what it is paid per, and the unit price in yen (tax excluded). */
public final class FeeLineView implements Serializable {

    private final String code;
    private final String nameJa;
    private final String nameEn;
    private final FeeUnit unit;
    private final long unitPriceYen;

    public FeeLineView(String code, String nameJa, String nameEn, FeeUnit unit, long unitPriceYen) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.unit = unit;
        this.unitPriceYen = unitPriceYen;
    }

    public String getCode() { return code; }
    public String getNameJa() { return nameJa; }
    public String getNameEn() { return nameEn; }
    public FeeUnit getUnit() { return unit; }
    public long getUnitPriceYen() { return unitPriceYen; }
}
