package jp.hometech.billing.internal.close;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.hometech.billing.internal.Billing;
import jp.hometech.billing.internal.adjustment.Adjustment;
import jp.hometech.billing.internal.fees.DefaultFeeScheduleService;
import jp.hometech.billing.internal.payee.Payee;
import jp.hometech.billing.internal.statement.CalculatedStatement;
import jp.hometech.billing.internal.statement.PendingAdjustment;
import jp.hometech.billing.internal.statement.StatementCalculator;
import jp.hometech.platform.api.time.BusinessClock;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The close's units of work, each its own transaction so that progress is visible while it runs and a crash
 * leaves whole chunks, never half a statement. A re-run starts by deleting the draft's statements.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CloseSteps {

    static final int CHUNK = 500;

    @PersistenceContext(unitName = Billing.UNIT)
    EntityManager em;

    @EJB
    ContractorMonths contractorMonths;

    @EJB
    DefaultFeeScheduleService fees;

    @Inject
    BusinessClock clock;

    /** Waits for the starter's commit (the row lock), then clears the previous draft; the inputs of the month. */
    public List<ContractorMonths.Input> begin(YearMonth month) {
        MonthlyClose close = em.find(MonthlyClose.class, month.atDay(1), LockModeType.PESSIMISTIC_WRITE);
        if (close == null || close.getStatus() != CloseStatus.RUNNING) {
            throw new IllegalStateException("close of " + month + " is not running");
        }
        em.createQuery("delete from StatementLineRecord l where l.statement.id in (select s.id from Statement s where s.month = :m)")
                .setParameter("m", month.atDay(1)).executeUpdate();
        em.createQuery("delete from Statement s where s.month = :m").setParameter("m", month.atDay(1)).executeUpdate();
        List<ContractorMonths.Input> inputs = contractorMonths.of(month, null);
        close.progress(inputs.size(), 0, 0);
        return inputs;
    }

    /** Prices and stores one chunk of contractors; returns the chunk's total paid. */
    public long price(YearMonth month, LocalDate payday, List<ContractorMonths.Input> chunk, int processedBefore) {
        long total = store(month, payday, chunk);
        MonthlyClose close = em.find(MonthlyClose.class, month.atDay(1), LockModeType.PESSIMISTIC_WRITE);
        close.progress(close.getContractors(), processedBefore + chunk.size(), close.getTotalYen() + total);
        return total;
    }

    public void finish(YearMonth month) {
        em.find(MonthlyClose.class, month.atDay(1), LockModeType.PESSIMISTIC_WRITE).finishDraft(clock.now());
    }

    public void fail(YearMonth month, String error) {
        MonthlyClose close = em.find(MonthlyClose.class, month.atDay(1), LockModeType.PESSIMISTIC_WRITE);
        if (close != null && close.getStatus() == CloseStatus.RUNNING) {
            close.fail(error, clock.now());
        }
    }

    /**
     * Work re-imported into a month whose draft exists: the draft's statements of those contractors are priced
     * again, so the draft never shows figures the work records no longer give.
     */
    public void reprice(YearMonth month, Collection<Long> accounts) {
        MonthlyClose close = em.find(MonthlyClose.class, month.atDay(1), LockModeType.PESSIMISTIC_WRITE);
        if (close == null || close.getStatus() != CloseStatus.DRAFT) {
            return;
        }
        List<Statement> old = em.createQuery("select s from Statement s where s.month = :m and s.accountId in :ids", Statement.class)
                .setParameter("m", month.atDay(1)).setParameter("ids", List.copyOf(accounts)).getResultList();
        long removed = old.stream().mapToLong(Statement::getTotalYen).sum();
        old.forEach(em::remove);
        em.flush();
        List<ContractorMonths.Input> inputs = contractorMonths.of(month, accounts);
        long before = close.getTotalYen();
        long added = store(month, close.getPayday(), inputs);
        close = em.find(MonthlyClose.class, month.atDay(1), LockModeType.PESSIMISTIC_WRITE);
        long count = em.createQuery("select count(s) from Statement s where s.month = :m", Long.class)
                .setParameter("m", month.atDay(1)).getSingleResult();
        close.progress((int) count, (int) count, before - removed + added);
    }

    private long store(YearMonth month, LocalDate payday, List<ContractorMonths.Input> inputs) {
        StatementCalculator calculator = new StatementCalculator(fees.pricedSchedules());
        List<Long> accounts = inputs.stream().map(i -> i.month().accountId()).toList();
        Map<Long, List<PendingAdjustment>> adjustments = openAdjustments(accounts);
        Map<Long, String> invoiceNumbers = new HashMap<>();
        if (!accounts.isEmpty()) {
            em.createQuery("select p from Payee p where p.accountId in :ids", Payee.class).setParameter("ids", accounts)
                    .getResultStream().filter(p -> p.getInvoiceNumber() != null)
                    .forEach(p -> invoiceNumbers.put(p.getAccountId(), p.getInvoiceNumber()));
        }
        long total = 0;
        for (ContractorMonths.Input input : inputs) {
            long account = input.month().accountId();
            CalculatedStatement calculated = calculator.calculate(month, payday, input.month(),
                    adjustments.getOrDefault(account, List.of()));
            if (calculated.lines().isEmpty()) {
                continue;
            }
            em.persist(new Statement(calculated, input.payeeName(), input.contractNumber(), invoiceNumbers.get(account)));
            total += calculated.totalYen();
        }
        em.flush();
        em.clear();
        return total;
    }

    private Map<Long, List<PendingAdjustment>> openAdjustments(List<Long> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select a from Adjustment a where a.accountId in :ids
                        and a.status = jp.hometech.billing.api.AdjustmentStatus.APPROVED and a.settledMonth is null
                        order by a.id""", Adjustment.class)
                .setParameter("ids", accounts).getResultStream()
                .collect(Collectors.groupingBy(Adjustment::getAccountId, Collectors.mapping(
                        a -> new PendingAdjustment(a.getId(), a.getAmountYen(), a.getReason(), a.getCorrectsMonth()),
                        Collectors.toList())));
    }
}
