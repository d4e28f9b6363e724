package jp.hometech.billing.internal.close;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.billing.internal.Billing;
import jp.hometech.billing.internal.statement.ContractorMonth;
import jp.hometech.billing.internal.statement.DailyWork;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.scheduling.api.DailyWorkTotal;
import jp.hometech.scheduling.api.WorkRecordQuery;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the close prices, gathered in a few set-wise reads whatever the number of contractors: the month's daily
 * work of everyone (scheduling, one aggregate), their contracts (recruitment, by account id), the first
 * call-training days (billing's own record of training's events) and the approved adjustments not yet settled.
 */
@Stateless
public class ContractorMonths {

    /** A contractor's month with what the statement prints about them. */
    public record Input(ContractorMonth month, String payeeName, String contractNumber) {
    }

    @EJB
    WorkRecordQuery work;

    @EJB
    ContractService contracts;

    @PersistenceContext(unitName = Billing.UNIT)
    EntityManager em;

    /** Everyone with work records or an open adjustment in {@code month}; with {@code only} given, just them. */
    public List<Input> of(YearMonth month, Collection<Long> only) {
        Map<Long, List<DailyWork>> days = new LinkedHashMap<>();
        for (DailyWorkTotal total : work.dailyTotals(month, only)) {
            days.computeIfAbsent(total.getContractorAccountId(), a -> new ArrayList<>())
                    .add(new DailyWork(total.getDate(), total.getMinutes(), total.getCalls()));
        }
        Set<Long> accounts = new TreeSet<>(days.keySet());
        var adjusted = em.createQuery("""
                        select distinct a.accountId from Adjustment a
                        where a.status = jp.hometech.billing.api.AdjustmentStatus.APPROVED and a.settledMonth is null""", Long.class)
                .getResultList();
        adjusted.stream().filter(a -> only == null || only.contains(a)).forEach(accounts::add);
        if (accounts.isEmpty()) {
            return List.of();
        }
        Map<Long, ContractView> contractOf = contracts.findByContractorAccounts(accounts);
        Map<Long, LocalDate> feeStart = new HashMap<>();
        List<Long> ids = List.copyOf(accounts);
        for (int from = 0; from < ids.size(); from += 1_000) {
            em.createQuery("select f from FeeStart f where f.accountId in :ids", FeeStart.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    .getResultStream().forEach(f -> feeStart.put(f.getAccountId(), f.getFirstDay()));
        }
        List<Input> inputs = new ArrayList<>(accounts.size());
        for (long account : accounts) {
            ContractView contract = contractOf.get(account);
            if (contract == null) {
                // Work records are imported only against a contract, so this is an account whose contract was erased.
                continue;
            }
            inputs.add(new Input(new ContractorMonth(account, contract.isFirstHomeBasedWork(), feeStart.get(account),
                    days.getOrDefault(account, List.of())), contract.getContractorName(), contract.getContractNumber()));
        }
        return inputs;
    }
}
