package jp.hometech.billing.internal.payee;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.hometech.billing.api.BankAccountEntry;
import jp.hometech.billing.api.BankAccountState;
import jp.hometech.billing.api.BankAccountView;
import jp.hometech.billing.api.BankDirectory;
import jp.hometech.billing.api.BankEntry;
import jp.hometech.billing.api.PayeeService;
import jp.hometech.billing.internal.Billing;
import jp.hometech.billing.internal.rules.InvoiceRegistrationNumber;
import jp.hometech.billing.internal.zengin.ZenginText;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultPayeeService implements PayeeService {

    @PersistenceContext(unitName = Billing.UNIT)
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    BusinessClock clock;

    @Inject
    BankDirectory banks;

    @EJB
    AccountService accounts;


    @Override
    public BankAccountView setAccount(long contractorAccountId, BankAccountEntry entry, Actor actor) {
        Checked checked = check(entry);
        em.createQuery("select b from BankAccountRecord b where b.accountId = :a and b.state in :states", BankAccountRecord.class)
                .setParameter("a", contractorAccountId)
                .setParameter("states", List.of(BankAccountState.CONFIRMED, BankAccountState.PENDING))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().forEach(BankAccountRecord::replace);
        em.flush();
        BankAccountRecord record = checked.record(contractorAccountId, BankAccountState.PENDING, actor.username(), clock);
        record.confirm(actor.username(), clock.now());
        em.persist(record);
        em.flush();
        auditLog.record(actor, Billing.MODULE, "BANK_ACCOUNT_SET", "account#" + contractorAccountId, describe(record));
        return view(record);
    }

    @Override
    public BankAccountView decidePending(long bankAccountId, long expectedVersion, boolean confirm, Actor actor) {
        BankAccountRecord pending = em.find(BankAccountRecord.class, bankAccountId, LockModeType.PESSIMISTIC_WRITE);
        if (pending == null || pending.getState() != BankAccountState.PENDING) {
            throw new BusinessException("billing.bank.notPending");
        }
        if (pending.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (confirm) {
            em.createQuery("select b from BankAccountRecord b where b.accountId = :a and b.state = :confirmed", BankAccountRecord.class)
                    .setParameter("a", pending.getAccountId()).setParameter("confirmed", BankAccountState.CONFIRMED)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().forEach(BankAccountRecord::replace);
            em.flush();
            pending.confirm(actor.username(), clock.now());
        } else {
            pending.reject(actor.username(), clock.now());
        }
        em.flush();
        auditLog.record(actor, Billing.MODULE, confirm ? "BANK_ACCOUNT_CONFIRMED" : "BANK_ACCOUNT_REJECTED",
                "account#" + pending.getAccountId(), describe(pending));
        return view(pending);
    }

    @Override
    public List<BankAccountView> pending() {
        return em.createQuery("select b from BankAccountRecord b where b.state = :p order by b.enteredAt", BankAccountRecord.class)
                .setParameter("p", BankAccountState.PENDING).setMaxResults(200).getResultStream().map(this::view).toList();
    }

    @Override
    public List<BankAccountView> accountsOf(long contractorAccountId) {
        return current(contractorAccountId);
    }

    @Override
    public void setInvoiceNumber(long contractorAccountId, String invoiceNumber, Actor actor) {
        String number = null;
        if (invoiceNumber != null && !invoiceNumber.isBlank()) {
            number = InvoiceRegistrationNumber.parse(invoiceNumber)
                    .orElseThrow(() -> new BusinessException("billing.payee.invoiceNumberInvalid"));
        }
        Payee payee = em.find(Payee.class, contractorAccountId, LockModeType.PESSIMISTIC_WRITE);
        if (payee == null) {
            payee = new Payee(contractorAccountId);
            em.persist(payee);
        }
        payee.setInvoiceNumber(number);
        em.flush();
        auditLog.record(actor, Billing.MODULE, "INVOICE_NUMBER_SET", "account#" + contractorAccountId,
                number == null ? "none" : number);
    }

    @Override
    public Optional<String> invoiceNumber(long contractorAccountId) {
        return Optional.ofNullable(em.find(Payee.class, contractorAccountId)).map(Payee::getInvoiceNumber);
    }

    @Override
    public BankAccountView enterOwnAccount(BankAccountEntry entry, Actor caller) {
        long me = callerAccountId(caller);
        Checked checked = check(entry);
        em.createQuery("select b from BankAccountRecord b where b.accountId = :a and b.state = :p", BankAccountRecord.class)
                .setParameter("a", me).setParameter("p", BankAccountState.PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().forEach(BankAccountRecord::replace);
        em.flush();
        String username = caller.username();
        BankAccountRecord record = checked.record(me, BankAccountState.PENDING, username, clock);
        em.persist(record);
        em.flush();
        auditLog.record(caller, Billing.MODULE, "BANK_ACCOUNT_ENTERED", "account#" + me, describe(record));
        return view(record);
    }

    @Override
    public List<BankAccountView> ownAccounts(Actor caller) {
        return current(callerAccountId(caller));
    }

    private List<BankAccountView> current(long accountId) {
        return em.createQuery("select b from BankAccountRecord b where b.accountId = :a and b.state in :states order by b.state",
                        BankAccountRecord.class)
                .setParameter("a", accountId)
                .setParameter("states", List.of(BankAccountState.CONFIRMED, BankAccountState.PENDING))
                .getResultStream().map(this::view).toList();
    }

    private long callerAccountId(Actor caller) {
        return accounts.findByUsername(caller.username())
                .orElseThrow(() -> new BusinessException("billing.payee.unknownCaller")).getId();
    }

    private record Checked(BankEntry bank, BankEntry branch, int depositType, String number, String holderKana) {
        BankAccountRecord record(long accountId, BankAccountState state, String username, BusinessClock clock) {
            return new BankAccountRecord(accountId, state, bank.getCode(), branch.getCode(), depositType, number, holderKana,
                    username, clock.now());
        }
    }

    private Checked check(BankAccountEntry entry) {
        String bankCode = digits(entry.bankCode());
        String branchCode = digits(entry.branchCode());
        BankEntry bank = banks.bank(bankCode).orElseThrow(() -> new BusinessException("billing.bank.unknownBank", bankCode));
        BankEntry branch = banks.branch(bankCode, branchCode)
                .orElseThrow(() -> new BusinessException("billing.bank.unknownBranch", branchCode, bank.getName()));
        if (entry.depositType() != 1 && entry.depositType() != 2) {
            throw new BusinessException("billing.bank.depositType");
        }
        String number = digits(entry.number());
        if (!number.matches("\\d{1,7}")) {
            throw new BusinessException("billing.bank.numberFormat");
        }
        number = "0".repeat(7 - number.length()) + number;
        String holder = ZenginText.normalize(entry.holderKana() == null ? "" : entry.holderKana().strip())
                .filter(h -> !h.isBlank())
                .orElseThrow(() -> new BusinessException("billing.bank.holderKana"));
        if (holder.length() > 30) {
            throw new BusinessException("billing.bank.holderTooLong", 30);
        }
        return new Checked(bank, branch, entry.depositType(), number, holder);
    }

    private static String digits(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s-]", "");
    }

    private String describe(BankAccountRecord r) {
        // The audit log names the bank and the last digits only: enough to follow a change, not to copy an account.
        return "bank=" + r.getBankCode() + "-" + r.getBranchCode() + ", number=***" + r.getNumber().substring(4)
                + ", state=" + r.getState();
    }

    private BankAccountView view(BankAccountRecord r) {
        String bankName = banks.bank(r.getBankCode()).map(BankEntry::getName).orElse(r.getBankCode());
        String branchName = banks.branch(r.getBankCode(), r.getBranchCode()).map(BankEntry::getName).orElse(r.getBranchCode());
        return new BankAccountView(r.getId(), r.getAccountId(), r.getState(), r.getBankCode(), bankName, r.getBranchCode(),
                branchName, r.getDepositType(), r.getNumber(), r.getHolderKana(), r.getEnteredBy(), r.getEnteredAt(),
                r.getVersion());
    }
}
