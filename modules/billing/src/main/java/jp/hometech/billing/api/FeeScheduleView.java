package jp.hometech.billing.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A fee schedule (B1): in force from {@code validFrom} until the next one starts; locked once a closed month used it. */
public final class FeeScheduleView implements Serializable {

    private final long id;
    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private final boolean locked;
    private final String note;
    private final List<FeeLineView> lines;
    private final long version;

    public FeeScheduleView(long id, LocalDate validFrom, LocalDate validUntil, boolean locked, String note,
                           List<FeeLineView> lines, long version) {
        this.id = id;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.locked = locked;
        this.note = note;
        this.lines = List.copyOf(lines);
        this.version = version;
    }

    public long getId() { return id; }
    public LocalDate getValidFrom() { return validFrom; }
    /** The last day in force, or null while no later schedule exists. */
    public LocalDate getValidUntil() { return validUntil; }
    public boolean isLocked() { return locked; }
    public String getNote() { return note; }
    public List<FeeLineView> getLines() { return lines; }
    public long getVersion() { return version; }
}
