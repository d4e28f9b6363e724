package jp.hometech.training.internal.environment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.training.api.LineServiceView;

/** E3 reference data, seeded by the migration and extended by staff in the database. */
@Entity
@Table(name = "line_service")
public class LineService {

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 100)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false)
    private boolean prohibited;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected LineService() {
    }

    public LineServiceView toView() {
        return new LineServiceView(code, nameJa, nameEn, prohibited);
    }
}
