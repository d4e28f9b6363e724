package jp.hometech.billing.internal.fees;

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
import jp.hometech.billing.api.FeeUnit;

@Entity
@Table(name = "fee_line")
public class FeeLineRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id", nullable = false)
    private FeeSchedule schedule;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 100)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeeUnit unit;

    @Column(name = "unit_price_yen", nullable = false)
    private long unitPriceYen;

    protected FeeLineRecord() {
    }

    public FeeLineRecord(String code, String nameJa, String nameEn, FeeUnit unit, long unitPriceYen) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.unit = unit;
        this.unitPriceYen = unitPriceYen;
    }

    void attach(FeeSchedule owner, int index) {
        this.schedule = owner;
        this.position = index;
    }

    public String getCode() { return code; }
    public String getNameJa() { return nameJa; }
    public String getNameEn() { return nameEn; }
    public FeeUnit getUnit() { return unit; }
    public long getUnitPriceYen() { return unitPriceYen; }
}
