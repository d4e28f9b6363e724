package jp.hometech.training.api;

import java.io.Serializable;

/** E3 reference data: a telephone-line service and whether the company prohibits it on a trainee's line. */
public final class LineServiceView implements Serializable {

    private final String code;
    private final String nameJa;
    private final String nameEn;
    private final boolean prohibited;

    public LineServiceView(String code, String nameJa, String nameEn, boolean prohibited) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.prohibited = prohibited;
    }

    public String getCode() { return code; }
    public String getNameJa() { return nameJa; }
    public String getNameEn() { return nameEn; }
    public boolean isProhibited() { return prohibited; }
}
