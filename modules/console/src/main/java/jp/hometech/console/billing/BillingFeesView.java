package jp.hometech.console.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.billing.api.FeeLineView;
import jp.hometech.billing.api.FeeScheduleService;
import jp.hometech.billing.api.FeeScheduleView;
import jp.hometech.billing.api.FeeUnit;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** /console/billing/fees.xhtml: the fee schedules (B1); one a confirmed month used is shown read-only. */
@Named("billingFeesView")
@ViewScoped
public class BillingFeesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FeeScheduleService fees;

    @Inject
    ConsoleUser consoleUser;

    private List<FeeScheduleView> schedules;
    /** The schedule being edited, or null for a new one. */
    private FeeScheduleView editing;
    private LocalDate validFrom;
    private String note;
    private List<LineRow> lines = new ArrayList<>();

    @PostConstruct
    void init() {
        schedules = fees.schedules();
        startNew();
    }

    public void startNew() {
        editing = null;
        validFrom = null;
        note = null;
        lines = new ArrayList<>();
        addLine();
    }

    public void edit(FeeScheduleView schedule) {
        editing = schedule;
        validFrom = schedule.getValidFrom();
        note = schedule.getNote();
        lines = new ArrayList<>();
        for (FeeLineView line : schedule.getLines()) {
            LineRow row = new LineRow();
            row.setCode(line.getCode());
            row.setNameJa(line.getNameJa());
            row.setNameEn(line.getNameEn());
            row.setUnit(line.getUnit());
            row.setUnitPriceYen(line.getUnitPriceYen());
            lines.add(row);
        }
    }

    public void addLine() {
        lines.add(new LineRow());
    }

    public void removeLine(LineRow row) {
        lines.remove(row);
    }

    public void save() {
        try {
            List<FeeLineView> entered = lines.stream().map(LineRow::view).toList();
            if (editing == null) {
                fees.create(validFrom, note, entered, consoleUser.actor());
            } else {
                fees.update(editing.getId(), editing.getVersion(), validFrom, note, entered, consoleUser.actor());
            }
            Messages.info("billing.ui.scheduleSaved", validFrom);
            schedules = fees.schedules();
            startNew();
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public FeeUnit[] getUnits() { return FeeUnit.values(); }
    public List<FeeScheduleView> getSchedules() { return schedules; }
    public FeeScheduleView getEditing() { return editing; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<LineRow> getLines() { return lines; }

    /** One line of the form. */
    public static final class LineRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String nameJa;
        private String nameEn;
        private FeeUnit unit;
        private long unitPriceYen;

        FeeLineView view() {
            return new FeeLineView(code == null ? "" : code.strip(), nameJa, nameEn, unit, unitPriceYen);
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getNameJa() { return nameJa; }
        public void setNameJa(String nameJa) { this.nameJa = nameJa; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public FeeUnit getUnit() { return unit; }
        public void setUnit(FeeUnit unit) { this.unit = unit; }
        public long getUnitPriceYen() { return unitPriceYen; }
        public void setUnitPriceYen(long unitPriceYen) { this.unitPriceYen = unitPriceYen; }
    }
}
