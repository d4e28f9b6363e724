package jp.hometech.billing.internal.fees;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.billing.api.FeeLineView;
import jp.hometech.billing.api.FeeScheduleService;
import jp.hometech.billing.api.FeeScheduleView;
import jp.hometech.billing.internal.Billing;
import jp.hometech.billing.internal.statement.FeeLine;
import jp.hometech.billing.internal.statement.PricedSchedule;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

@Stateless
@LocalBean
@Local(FeeScheduleService.class)
public class DefaultFeeScheduleService implements FeeScheduleService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
    static final long MAX_UNIT_PRICE_YEN = 1_000_000;

    @PersistenceContext(unitName = Billing.UNIT)
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    BusinessClock clock;

    @Override
    public List<FeeScheduleView> schedules() {
        List<FeeSchedule> all = em.createQuery("select distinct s from FeeSchedule s left join fetch s.lines order by s.validFrom desc",
                FeeSchedule.class).getResultList();
        List<FeeScheduleView> views = new ArrayList<>();
        LocalDate nextStart = null;
        for (FeeSchedule schedule : all) {
            views.add(toView(schedule, nextStart == null ? null : nextStart.minusDays(1)));
            nextStart = schedule.getValidFrom();
        }
        return views;
    }

    @Override
    public FeeScheduleView create(LocalDate validFrom, String note, List<FeeLineView> lines, Actor actor) {
        checkStart(validFrom, null);
        FeeSchedule schedule = new FeeSchedule(validFrom, note(note), actor.username(), clock.now());
        schedule.replaceLines(checkedLines(lines));
        em.persist(schedule);
        em.flush();
        auditLog.record(actor, Billing.MODULE, "FEE_SCHEDULE_CREATED", "feeSchedule#" + schedule.getId(),
                "validFrom=" + validFrom + ", lines=" + describe(lines));
        return toView(schedule, null);
    }

    @Override
    public FeeScheduleView update(long scheduleId, long expectedVersion, LocalDate validFrom, String note,
                                  List<FeeLineView> lines, Actor actor) {
        FeeSchedule schedule = em.find(FeeSchedule.class, scheduleId);
        if (schedule == null) {
            throw new BusinessException("billing.fees.notFound");
        }
        if (schedule.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (schedule.isLocked()) {
            throw new BusinessException("billing.fees.locked", schedule.getValidFrom().toString());
        }
        checkStart(validFrom, schedule.getId());
        schedule.setValidFrom(validFrom);
        schedule.setNote(note(note));
        schedule.replaceLines(checkedLines(lines));
        em.flush();
        auditLog.record(actor, Billing.MODULE, "FEE_SCHEDULE_CHANGED", "feeSchedule#" + schedule.getId(),
                "validFrom=" + validFrom + ", lines=" + describe(lines));
        return toView(schedule, null);
    }

    /** Every schedule as the close prices with it, oldest first (package-visible for the close). */
    public List<PricedSchedule> pricedSchedules() {
        return em.createQuery("select distinct s from FeeSchedule s left join fetch s.lines order by s.validFrom", FeeSchedule.class)
                .getResultStream()
                .map(s -> new PricedSchedule(s.getId(), s.getValidFrom(), s.getLines().stream()
                        .map(l -> new FeeLine(l.getCode(), l.getNameJa(), l.getNameEn(), l.getUnit(), l.getUnitPriceYen()))
                        .toList()))
                .toList();
    }

    /** A schedule may only start after the last confirmed month, so nothing already paid is priced again differently. */
    private void checkStart(LocalDate validFrom, Long ownId) {
        if (validFrom == null) {
            throw new BusinessException("billing.fees.validFromRequired");
        }
        LocalDate lastClosed = em.createQuery("select max(c.month) from MonthlyClose c where c.status = :confirmed", LocalDate.class)
                .setParameter("confirmed", jp.hometech.billing.internal.close.CloseStatus.CONFIRMED).getSingleResult();
        if (lastClosed != null && !validFrom.isAfter(lastClosed.withDayOfMonth(lastClosed.lengthOfMonth()))) {
            throw new BusinessException("billing.fees.startsInClosedMonth", validFrom.toString(),
                    lastClosed.withDayOfMonth(lastClosed.lengthOfMonth()).plusDays(1).toString());
        }
        List<Long> sameStart = em.createQuery("select s.id from FeeSchedule s where s.validFrom = :from", Long.class)
                .setParameter("from", validFrom).getResultList();
        if (sameStart.stream().anyMatch(id -> !id.equals(ownId))) {
            throw new BusinessException("billing.fees.sameStart", validFrom.toString());
        }
    }

    private static List<FeeLineRecord> checkedLines(List<FeeLineView> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new BusinessException("billing.fees.noLines");
        }
        Set<String> codes = new HashSet<>();
        List<FeeLineRecord> records = new ArrayList<>();
        for (FeeLineView line : lines) {
            String code = line.getCode() == null ? "" : line.getCode().strip().toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                throw new BusinessException("billing.fees.codeFormat", code);
            }
            if (!codes.add(code)) {
                throw new BusinessException("billing.fees.codeTwice", code);
            }
            if (line.getUnit() == null) {
                throw new BusinessException("billing.fees.unitRequired", code);
            }
            if (line.getUnitPriceYen() < 0 || line.getUnitPriceYen() > MAX_UNIT_PRICE_YEN) {
                throw new BusinessException("billing.fees.priceRange", code, MAX_UNIT_PRICE_YEN);
            }
            records.add(new FeeLineRecord(code,
                    Billing.requiredText(line.getNameJa(), 100, "billing.fees.nameRequired", "billing.fees.nameTooLong"),
                    Billing.requiredText(line.getNameEn(), 100, "billing.fees.nameRequired", "billing.fees.nameTooLong"),
                    line.getUnit(), line.getUnitPriceYen()));
        }
        return records;
    }

    private static String note(String note) {
        String value = note == null ? null : note.strip();
        if (value != null && value.length() > 500) {
            throw new BusinessException("billing.fees.noteTooLong", 500);
        }
        return value == null || value.isEmpty() ? null : value;
    }

    private static String describe(List<FeeLineView> lines) {
        return lines.stream().map(l -> l.getCode() + ":" + l.getUnit() + "=" + l.getUnitPriceYen()).toList().toString();
    }

    static FeeScheduleView toView(FeeSchedule schedule, LocalDate validUntil) {
        return new FeeScheduleView(schedule.getId(), schedule.getValidFrom(), validUntil, schedule.isLocked(), schedule.getNote(),
                schedule.getLines().stream().map(l -> new FeeLineView(l.getCode(), l.getNameJa(), l.getNameEn(), l.getUnit(),
                        l.getUnitPriceYen())).toList(), schedule.getVersion());
    }
}
