package jp.hometech.scheduling.internal.standing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.scheduling.api.CoverageService;
import jp.hometech.scheduling.api.CoverageView;
import jp.hometech.scheduling.internal.Scheduling;
import jp.hometech.scheduling.internal.rules.PreEntryRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Stateless
public class DefaultCoverageService implements CoverageService {

    @PersistenceContext(unitName = Scheduling.UNIT)
    EntityManager em;

    @Override
    public CoverageView coverage(LocalDate from, int weeks) {
        if (weeks < 1 || weeks > 12) {
            throw new IllegalArgumentException("weeks must be 1..12: " + weeks);
        }
        LocalDate first = PreEntryRules.mondayOf(from);
        LocalDate last = first.plusWeeks(weeks).minusDays(1);
        // A contractor covers an hour when any of their slots overlaps it; generate_series gives the hours.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select s.entry_date, h.hour, count(distinct w.contractor_account_id)
                        from scheduling.pre_entry_slot s
                        join scheduling.pre_entry_week w on w.id = s.week_id
                        join generate_series(10, 16) as h(hour)
                          on s.start_time < make_time(h.hour + 1, 0, 0) and s.end_time > make_time(h.hour, 0, 0)
                        where s.entry_date between ?1 and ?2
                        group by s.entry_date, h.hour""")
                .setParameter(1, first).setParameter(2, last).getResultList();
        Map<LocalDate, int[]> counts = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate date = row[0] instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) row[0];
            int hour = ((Number) row[1]).intValue();
            counts.computeIfAbsent(date, d -> new int[CoverageView.HOURS.size()])[hour - 10] = ((Number) row[2]).intValue();
        }
        JapaneseCalendar calendar = JapaneseCalendar.standard();
        List<CoverageView.Day> days = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            int[] perHour = counts.getOrDefault(date, new int[CoverageView.HOURS.size()]);
            days.add(new CoverageView.Day(date, calendar.isWeekendOrHoliday(date),
                    java.util.Arrays.stream(perHour).boxed().toList()));
        }
        return new CoverageView(days);
    }
}
