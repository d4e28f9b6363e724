package jp.hometech.scheduling.internal.work;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.scheduling.api.MonthlyWorkSummary;
import jp.hometech.scheduling.api.WorkDayView;
import jp.hometech.scheduling.api.WorkRecordQuery;
import jp.hometech.scheduling.api.WorkSessionView;
import jp.hometech.scheduling.internal.Scheduling;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Stateless
public class DefaultWorkRecordQuery implements WorkRecordQuery {

    @PersistenceContext(unitName = Scheduling.UNIT)
    EntityManager em;

    @Override
    public MonthlyWorkSummary month(long contractorAccountId, YearMonth month) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select count(distinct work_date),
                               coalesce(sum(extract(epoch from (end_time - start_time)) / 60), 0),
                               coalesce(sum(calls), 0)
                        from scheduling.work_record
                        where contractor_account_id = ?1 and work_date between ?2 and ?3""")
                .setParameter(1, contractorAccountId).setParameter(2, month.atDay(1)).setParameter(3, month.atEndOfMonth())
                .getSingleResult();
        return new MonthlyWorkSummary(contractorAccountId, month, ((Number) row[0]).intValue(),
                Math.round(((Number) row[1]).doubleValue()), ((Number) row[2]).longValue());
    }

    @Override
    public List<MonthlyWorkSummary> lastFullMonths(long contractorAccountId, YearMonth beforeMonth, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<MonthlyWorkSummary> months = new ArrayList<>(count);
        for (int i = count; i >= 1; i--) {
            months.add(month(contractorAccountId, beforeMonth.minusMonths(i)));
        }
        return months;
    }

    @Override
    public List<WorkDayView> daysWorked(long contractorAccountId, LocalDate from, LocalDate to) {
        Map<LocalDate, List<WorkSessionView>> days = new LinkedHashMap<>();
        em.createQuery("""
                        select r from WorkRecord r where r.contractorAccountId = :account and r.workDate between :from and :to
                        order by r.workDate, r.startTime""", WorkRecord.class)
                .setParameter("account", contractorAccountId).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(r -> days.computeIfAbsent(r.getWorkDate(), d -> new ArrayList<>()).add(r.view()));
        return days.entrySet().stream().map(e -> new WorkDayView(e.getKey(), e.getValue())).toList();
    }

    @Override
    public List<jp.hometech.scheduling.api.DailyWorkTotal> dailyTotals(YearMonth month, java.util.Collection<Long> contractorAccountIds) {
        boolean all = contractorAccountIds == null;
        if (!all && contractorAccountIds.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery("""
                        select contractor_account_id, work_date,
                               sum(extract(epoch from (end_time - start_time)) / 60), sum(calls)
                        from scheduling.work_record
                        where work_date between :from and :to""" + (all ? "" : " and contractor_account_id in (:accounts)") + """

                        group by contractor_account_id, work_date
                        order by contractor_account_id, work_date""")
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth());
        if (!all) {
            query.setParameter("accounts", List.copyOf(contractorAccountIds));
        }
        List<?> rows = query.getResultList();
        List<jp.hometech.scheduling.api.DailyWorkTotal> totals = new ArrayList<>(rows.size());
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            totals.add(new jp.hometech.scheduling.api.DailyWorkTotal(((Number) row[0]).longValue(),
                    row[1] instanceof LocalDate date ? date : ((java.sql.Date) row[1]).toLocalDate(), Math.round(((Number) row[2]).doubleValue()), ((Number) row[3]).longValue()));
        }
        return totals;
    }
}
