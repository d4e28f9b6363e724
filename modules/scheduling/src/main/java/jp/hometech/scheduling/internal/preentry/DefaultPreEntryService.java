package jp.hometech.scheduling.internal.preentry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.scheduling.api.PreEntryOverrideView;
import jp.hometech.scheduling.api.PreEntryService;
import jp.hometech.scheduling.api.PreEntrySlot;
import jp.hometech.scheduling.api.PreEntryWeekView;
import jp.hometech.scheduling.internal.Scheduling;
import jp.hometech.scheduling.internal.SchedulingSettings;
import jp.hometech.scheduling.internal.rules.PreEntryRules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@Stateless
public class DefaultPreEntryService implements PreEntryService {

    @PersistenceContext(unitName = Scheduling.UNIT)
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    SchedulingSettings settings;

    @EJB
    AuditLog auditLog;

    @Override
    public PreEntryWeekView week(long contractorAccountId, LocalDate anyDayOfWeek) {
        LocalDate monday = PreEntryRules.mondayOf(anyDayOfWeek);
        return view(contractorAccountId, monday, find(contractorAccountId, monday).orElse(null));
    }

    @Override
    public PreEntryWeekView saveOwn(long contractorAccountId, LocalDate weekStart, List<PreEntrySlot> slots,
                                    long expectedVersion, Actor actor) {
        PreEntryRules rules = settings.preEntryRules();
        if (rules.isLocked(monday(weekStart), clock.localNow())) {
            throw new BusinessException("scheduling.preEntry.locked", rules.deadline(weekStart).toString());
        }
        return save(contractorAccountId, weekStart, slots, expectedVersion, null, actor);
    }

    @Override
    public PreEntryWeekView saveAsStaff(long contractorAccountId, LocalDate weekStart, List<PreEntrySlot> slots,
                                        long expectedVersion, String reason, Actor actor) {
        boolean locked = settings.preEntryRules().isLocked(monday(weekStart), clock.localNow());
        String given = reason == null ? "" : reason.strip();
        if (locked && given.isEmpty()) {
            throw new BusinessException("scheduling.preEntry.reasonRequired");
        }
        if (given.length() > 500) {
            throw new BusinessException("scheduling.preEntry.reasonTooLong", 500);
        }
        return save(contractorAccountId, weekStart, slots, expectedVersion, locked ? given : null, actor);
    }

    private PreEntryWeekView save(long accountId, LocalDate weekStart, List<PreEntrySlot> slots, long expectedVersion,
                                  String overrideReason, Actor actor) {
        LocalDate monday = monday(weekStart);
        List<PreEntrySlot> valid = settings.preEntryRules().validated(monday, slots);
        PreEntryWeek week = find(accountId, monday).orElse(null);
        if (week == null ? expectedVersion >= 0 : week.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        String before = week == null ? "" : describe(week.getSlots().stream().map(PreEntrySlotRecord::view).toList());
        try {
            if (week == null) {
                week = new PreEntryWeek(accountId, monday);
                week.touched(clock.now(), actor.username());
                em.persist(week);
            } else {
                week.touched(clock.now(), actor.username());
            }
            week.getSlots().clear();
            for (PreEntrySlot slot : valid) {
                week.getSlots().add(new PreEntrySlotRecord(week, slot));
            }
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new ConcurrentEditException();
        } catch (PersistenceException maybeDuplicate) {
            // Two first saves of the same week at once: the unique key lets one through.
            throw new ConcurrentEditException();
        }
        String after = describe(valid);
        if (overrideReason != null) {
            em.persist(new PreEntryOverride(week.getId(), clock.now(), actor.username(), overrideReason,
                    truncate(before), truncate(after)));
        }
        auditLog.record(actor, Scheduling.MODULE, overrideReason == null ? "preEntry.saved" : "preEntry.changedAfterDeadline",
                Scheduling.subject(accountId), "week " + monday + ": " + truncate(after)
                        + (overrideReason == null ? "" : " (" + overrideReason + ")"));
        return view(accountId, monday, week);
    }

    @Override
    public List<PreEntrySlot> copyOfPreviousWeek(long contractorAccountId, LocalDate weekStart) {
        LocalDate monday = monday(weekStart);
        return find(contractorAccountId, monday.minusWeeks(1))
                .map(previous -> previous.getSlots().stream().map(PreEntrySlotRecord::view)
                        .map(slot -> new PreEntrySlot(slot.getDate().plusWeeks(1), slot.getStart(), slot.getEnd()))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public List<PreEntryOverrideView> overrides(long contractorAccountId, LocalDate weekStart) {
        return find(contractorAccountId, monday(weekStart))
                .map(week -> em.createQuery("select o from PreEntryOverride o where o.weekId = :week order by o.changedAt desc, o.id desc",
                                PreEntryOverride.class).setParameter("week", week.getId()).getResultStream()
                        .map(PreEntryOverride::view).toList())
                .orElse(List.of());
    }

    @Override
    public LocalDate deadline(LocalDate weekStart) {
        return settings.preEntryRules().deadline(monday(weekStart));
    }

    @Override
    public int stepMinutes() {
        return settings.preEntryRules().stepMinutes();
    }

    private Optional<PreEntryWeek> find(long accountId, LocalDate monday) {
        return em.createQuery("select w from PreEntryWeek w where w.contractorAccountId = :account and w.weekStart = :monday",
                        PreEntryWeek.class)
                .setParameter("account", accountId).setParameter("monday", monday).getResultStream().findFirst();
    }

    private PreEntryWeekView view(long accountId, LocalDate monday, PreEntryWeek week) {
        PreEntryRules rules = settings.preEntryRules();
        List<PreEntrySlot> slots = week == null ? List.of() : week.getSlots().stream().map(PreEntrySlotRecord::view).toList();
        return new PreEntryWeekView(accountId, monday, slots, rules.deadline(monday), rules.lockedFrom(monday),
                rules.isLocked(monday, clock.localNow()), week == null ? -1 : week.getVersion());
    }

    private static LocalDate monday(LocalDate weekStart) {
        if (weekStart.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            throw new BusinessException("scheduling.preEntry.notMonday", weekStart.toString());
        }
        return weekStart;
    }

    static String describe(List<PreEntrySlot> slots) {
        return slots.isEmpty() ? "-" : slots.stream().map(PreEntrySlot::toString).collect(Collectors.joining(", "));
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
