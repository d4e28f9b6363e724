package jp.hometech.billing.api;

import java.io.Serializable;
import java.time.YearMonth;

/** A line of a payment statement: names in both languages, quantity, unit price and amount in yen (tax excluded). */
public final class StatementLineView implements Serializable {

    private final StatementLineKind kind;
    private final String code;
    private final String nameJa;
    private final String nameEn;
    private final FeeUnit unit;
    private final long quantity;
    private final long unitPriceYen;
    private final long amountYen;
    private final YearMonth corrects;

    public StatementLineView(StatementLineKind kind, String code, String nameJa, String nameEn, FeeUnit unit, long quantity,
                             long unitPriceYen, long amountYen, YearMonth corrects) {
        this.kind = kind;
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.unit = unit;
        this.quantity = quantity;
        this.unitPriceYen = unitPriceYen;
        this.amountYen = amountYen;
        this.corrects = corrects;
    }

    public StatementLineKind getKind() { return kind; }
    public String getCode() { return code; }
    public String getNameJa() { return nameJa; }
    public String getNameEn() { return nameEn; }
    /** What a fee line is paid per; null for the incentive and adjustments. */
    public FeeUnit getUnit() { return unit; }
    /** Calls, minutes (per-hour lines) or days; 1 for the incentive and adjustments. */
    public long getQuantity() { return quantity; }
    public long getUnitPriceYen() { return unitPriceYen; }
    public long getAmountYen() { return amountYen; }
    public YearMonth getCorrects() { return corrects; }
}
