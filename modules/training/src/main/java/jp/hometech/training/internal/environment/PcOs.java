package jp.hometech.training.internal.environment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.training.api.PcOsView;

/** E7 reference data: operating systems and which Windows versions the company accepts. */
@Entity
@Table(name = "pc_os")
public class PcOs {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean windows;

    @Column(nullable = false)
    private boolean accepted;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PcOs() {
    }

    public PcOsView toView() {
        return new PcOsView(code, name, windows, accepted);
    }
}
