package jp.hometech.scheduling.internal.standing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.ContractQuery;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractStatus;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.scheduling.api.MonthlyStanding;
import jp.hometech.scheduling.api.Obligation;
import jp.hometech.scheduling.api.StandingRow;
import jp.hometech.scheduling.api.StandingService;
import jp.hometech.scheduling.internal.Scheduling;
import jp.hometech.scheduling.internal.rules.StandingCsv;
import jp.hometech.scheduling.internal.rules.StandingRules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Standings are computed when asked, from the pre-entries and work records, so they are live during the month
 * and follow every re-import. The staff list sums the month in two grouped queries for all contractors.
 */
@Stateless
public class DefaultStandingService implements StandingService {

    @PersistenceContext(unitName = Scheduling.UNIT)
    EntityManager em;

    @Inject
    BusinessClock clock;

    @EJB
    ContractService contracts;

    @EJB
    AccountService accounts;

    private record Sums(long preEntered, long weekendHoliday, long preEnteredAfterToday, long worked) {
    }

    @Override
    public MonthlyStanding standing(long contractorAccountId, YearMonth month) {
        LocalDate today = clock.today();
        Sums sums = sums(month, today, contractorAccountId).getOrDefault(contractorAccountId, new Sums(0, 0, 0, 0));
        return rules().standing(contractorAccountId, month, today, sums.preEntered(), sums.weekendHoliday(),
                sums.worked(), sums.preEnteredAfterToday());
    }

    @Override
    public List<StandingRow> problems(YearMonth month, Obligation obligation) {
        LocalDate today = clock.today();
        Map<Long, Sums> sums = sums(month, today, null);
        StandingRules rules = rules();
        List<StandingRow> rows = new ArrayList<>();
        for (ContractView contract : contractsInForce(month)) {
            Long accountId = accounts.findByUsername(contract.getContractorUsername()).map(AccountView::getId).orElse(null);
            if (accountId == null) {
                continue;
            }
            Sums s = sums.getOrDefault(accountId, new Sums(0, 0, 0, 0));
            MonthlyStanding standing = rules.standing(accountId, month, today, s.preEntered(), s.weekendHoliday(),
                    s.worked(), s.preEnteredAfterToday());
            boolean problem = obligation == null ? standing.isAnyProblem() : standing.status(obligation).isProblem();
            if (problem) {
                rows.add(new StandingRow(contract.getContractNumber(), contract.getContractorName(), standing));
            }
        }
        rows.sort(Comparator.comparing(StandingRow::getContractNumber));
        return rows;
    }

    @Override
    public byte[] problemsCsv(YearMonth month, Obligation obligation) {
        return StandingCsv.write(problems(month, obligation));
    }

    /** Contracts active now, and those that ended within or after the month (they owed the month too). */
    private List<ContractView> contractsInForce(YearMonth month) {
        List<ContractView> result = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<ContractView> page = contracts.search(ContractQuery.all(), new PageRequest(offset, PageRequest.MAX_LIMIT, "contractNumber", true));
            for (ContractView c : page.rows()) {
                boolean started = !c.getStartDate().isAfter(month.atEndOfMonth());
                boolean notEndedBefore = c.getStatus() != ContractStatus.ENDED
                        || (c.getEndDate() != null && !c.getEndDate().isBefore(month.atEndOfMonth()));
                if (started && notEndedBefore && c.getStatus() != ContractStatus.SUSPENDED) {
                    result.add(c);
                }
            }
            offset += page.rows().size();
            if (page.rows().isEmpty() || offset >= page.totalCount()) {
                return result;
            }
        }
    }

    /** The month's sums per contractor, of one contractor only when {@code onlyAccount} is given: one definition of the figures. */
    private Map<Long, Sums> sums(YearMonth month, LocalDate today, Long onlyAccount) {
        Map<Long, long[]> preEntries = new HashMap<>();
        JapaneseCalendar calendar = JapaneseCalendar.standard();
        jakarta.persistence.Query preEntryQuery = em.createNativeQuery("""
                        select w.contractor_account_id, s.entry_date,
                               sum(extract(epoch from (s.end_time - s.start_time)) / 60)
                        from scheduling.pre_entry_slot s join scheduling.pre_entry_week w on w.id = s.week_id
                        where s.entry_date between ?1 and ?2""" + (onlyAccount == null ? "" : " and w.contractor_account_id = ?3")
                        + " group by w.contractor_account_id, s.entry_date", Object[].class)
                .setParameter(1, month.atDay(1)).setParameter(2, month.atEndOfMonth());
        if (onlyAccount != null) {
            preEntryQuery.setParameter(3, onlyAccount);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> perDay = preEntryQuery.getResultList();
        for (Object[] row : perDay) {
            long account = ((Number) row[0]).longValue();
            LocalDate date = row[1] instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) row[1];
            long minutes = Math.round(((Number) row[2]).doubleValue());
            long[] acc = preEntries.computeIfAbsent(account, a -> new long[3]);
            acc[0] += minutes;
            if (calendar.isWeekendOrHoliday(date)) {
                acc[1] += minutes;
            }
            if (date.isAfter(today)) {
                acc[2] += minutes;
            }
        }
        Map<Long, Long> worked = new HashMap<>();
        jakarta.persistence.Query workQuery = em.createNativeQuery("""
                        select contractor_account_id, sum(extract(epoch from (end_time - start_time)) / 60)
                        from scheduling.work_record where work_date between ?1 and ?2"""
                        + (onlyAccount == null ? "" : " and contractor_account_id = ?3") + " group by contractor_account_id", Object[].class)
                .setParameter(1, month.atDay(1)).setParameter(2, month.atEndOfMonth());
        if (onlyAccount != null) {
            workQuery.setParameter(3, onlyAccount);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> work = workQuery.getResultList();
        for (Object[] row : work) {
            worked.put(((Number) row[0]).longValue(), Math.round(((Number) row[1]).doubleValue()));
        }
        Map<Long, Sums> sums = new HashMap<>();
        preEntries.forEach((account, acc) -> sums.put(account, new Sums(acc[0], acc[1], acc[2], worked.getOrDefault(account, 0L))));
        worked.forEach((account, minutes) -> sums.putIfAbsent(account, new Sums(0, 0, 0, minutes)));
        return sums;
    }

    private static StandingRules rules() {
        return new StandingRules(JapaneseCalendar.standard());
    }

}
