package jp.hometech.billing.internal.close;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.hometech.billing.api.StatementLineKind;
import jp.hometech.billing.internal.statement.CalculatedLine;

import java.time.LocalDate;
import java.time.YearMonth;

@Entity
@Table(name = "statement_line")
public class StatementLineRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id", nullable = false)
    private Statement statement;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatementLineKind kind;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 300)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private jp.hometech.billing.api.FeeUnit unit;

    @Column(nullable = false)
    private long quantity;

    @Column(name = "unit_price_yen", nullable = false)
    private long unitPriceYen;

    @Column(name = "amount_yen", nullable = false)
    private long amountYen;

    @Column(name = "corrects_month")
    private LocalDate correctsMonth;

    @Column(name = "adjustment_id")
    private Long adjustmentId;

    @Column(name = "schedule_id")
    private Long scheduleId;

    protected StatementLineRecord() {
    }

    StatementLineRecord(Statement statement, int position, CalculatedLine line) {
        this.statement = statement;
        this.position = position;
        this.kind = line.kind();
        this.code = line.code();
        this.nameJa = truncate(line.nameJa());
        this.nameEn = truncate(line.nameEn());
        this.unit = line.unit();
        this.quantity = line.quantity();
        this.unitPriceYen = line.unitPriceYen();
        this.amountYen = line.amountYen();
        this.correctsMonth = line.corrects() == null ? null : line.corrects().atDay(1);
        this.adjustmentId = line.adjustmentId();
        this.scheduleId = line.scheduleId();
    }

    private static String truncate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300);
    }

    public StatementLineKind getKind() { return kind; }
    public String getCode() { return code; }
    public String getNameJa() { return nameJa; }
    public String getNameEn() { return nameEn; }
    public jp.hometech.billing.api.FeeUnit getUnit() { return unit; }
    public long getQuantity() { return quantity; }
    public long getUnitPriceYen() { return unitPriceYen; }
    public long getAmountYen() { return amountYen; }
    public YearMonth getCorrectsMonth() { return correctsMonth == null ? null : YearMonth.from(correctsMonth); }
    public Long getAdjustmentId() { return adjustmentId; }
    public Long getScheduleId() { return scheduleId; }
}
