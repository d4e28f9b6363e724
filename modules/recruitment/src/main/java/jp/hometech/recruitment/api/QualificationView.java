package jp.hometech.recruitment.api;

public final class QualificationView implements java.io.Serializable {

    private final long id;
    private final String code;
    private final String nameJa;
    private final String nameEn;
    private final boolean qualifying;
    private final boolean active;
    private final int sortOrder;
    private final long version;

    public QualificationView(long id, String code, String nameJa, String nameEn, boolean qualifying,
                                     boolean active, int sortOrder, long version) {
        this.id = id;
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.qualifying = qualifying;
        this.active = active;
        this.sortOrder = sortOrder;
        this.version = version;
    }

    public long getId() { return id; }
    public String getCode() { return code; }
    public String getNameJa() { return nameJa; }
    public String getNameEn() { return nameEn; }
    public boolean isQualifying() { return qualifying; }
    /** Offered on the application form. */
    public boolean isActive() { return active; }
    public int getSortOrder() { return sortOrder; }
    public long getVersion() { return version; }
}
