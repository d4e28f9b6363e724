package jp.hometech.recruitment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.recruitment.api.QualificationView;
import jp.hometech.recruitment.internal.rules.QualificationRef;

@Entity
@Table(name = "qualification")
public class Qualification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 100)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false)
    private boolean qualifying;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(nullable = false)
    private long version;

    protected Qualification() {
    }

    Qualification(String code, String nameJa, String nameEn, boolean qualifying, boolean active, int sortOrder) {
        this.code = code;
        change(nameJa, nameEn, qualifying, active, sortOrder);
    }

    void change(String nameJa, String nameEn, boolean qualifying, boolean active, int sortOrder) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.qualifying = qualifying;
        this.active = active;
        this.sortOrder = sortOrder;
    }

    QualificationView toView() {
        return new QualificationView(id, code, nameJa, nameEn, qualifying, active, sortOrder, version);
    }

    QualificationRef toRef() {
        return new QualificationRef(code, nameJa, nameEn, qualifying, active);
    }

    Long getId() { return id; }
    String getCode() { return code; }
    String getNameJa() { return nameJa; }
    String getNameEn() { return nameEn; }
    boolean isQualifying() { return qualifying; }
    long getVersion() { return version; }
}
