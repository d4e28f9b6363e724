package jp.hometech.billing.internal.close;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.billing.api.BankAccountState;
import jp.hometech.billing.api.BankDirectory;
import jp.hometech.billing.api.BankEntry;
import jp.hometech.billing.api.TransferFilePreview;
import jp.hometech.billing.api.TransferFileService;
import jp.hometech.billing.internal.Billing;
import jp.hometech.billing.internal.BillingSettings;
import jp.hometech.billing.internal.payee.BankAccountRecord;
import jp.hometech.billing.internal.zengin.BankAccount;
import jp.hometech.billing.internal.zengin.ZenginTransferFile;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
public class DefaultTransferFileService implements TransferFileService {

    @PersistenceContext(unitName = Billing.UNIT)
    EntityManager em;

    @Inject
    BillingSettings settings;

    @Inject
    BankDirectory banks;

    @Inject
    AuditLog auditLog;

    @Inject
    BusinessClock clock;

    private record Payment(Statement statement, BankAccountRecord account) {
    }

    @Override
    public TransferFilePreview preview(YearMonth month) {
        MonthlyClose close = confirmed(month);
        List<Payment> payments = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        payments(month, payments, missing);
        return new TransferFilePreview(month, close.getPayday(), payments.size(),
                payments.stream().mapToLong(p -> p.statement().getTotalYen()).sum(), missing);
    }

    @Override
    public byte[] download(YearMonth month, Actor actor) {
        MonthlyClose close = confirmed(month);
        List<Payment> payments = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        payments(month, payments, missing);
        if (!missing.isEmpty()) {
            throw new BusinessException("billing.transfer.missingAccounts", missing.size(), String.join("、", missing));
        }
        if (payments.isEmpty()) {
            throw new BusinessException("billing.transfer.nothingToPay", month.toString());
        }
        BankAccount from = new BankAccount(settings.remitterBankCode(), bankKana(settings.remitterBankCode()),
                settings.remitterBranchCode(), branchKana(settings.remitterBankCode(), settings.remitterBranchCode()),
                settings.remitterDepositType(), settings.remitterAccountNumber(), settings.remitterNameKana());
        var remitter = new ZenginTransferFile.Remitter(settings.remitterCode(), settings.remitterNameKana(), from);
        List<ZenginTransferFile.Transfer> transfers = payments.stream().map(p -> new ZenginTransferFile.Transfer(
                new BankAccount(p.account().getBankCode(), bankKana(p.account().getBankCode()), p.account().getBranchCode(),
                        branchKana(p.account().getBankCode(), p.account().getBranchCode()), p.account().getDepositType(),
                        p.account().getNumber(), p.account().getHolderKana()),
                p.statement().getTotalYen(), p.account().isFirstTransferDone() ? 0 : 1)).toList();
        byte[] file;
        try {
            file = ZenginTransferFile.write(remitter, close.getPayday(), transfers, settings.transferFileCrLf());
        } catch (IllegalArgumentException e) {
            throw new BusinessException("billing.transfer.invalidData", e.getMessage());
        }
        payments.forEach(p -> p.account().markTransferred());
        long total = payments.stream().mapToLong(p -> p.statement().getTotalYen()).sum();
        String sha256 = sha256(file);
        em.persist(new TransferDownload(month, payments.size(), total, sha256, actor.username(), clock.now()));
        auditLog.record(actor, Billing.MODULE, "TRANSFER_FILE_DOWNLOADED", "close#" + month,
                "payees=" + payments.size() + ", total=" + total + ", sha256=" + sha256);
        return file;
    }

    private void payments(YearMonth month, List<Payment> payments, List<String> missing) {
        List<Statement> statements = em.createQuery(
                        "select s from Statement s where s.month = :m and s.totalYen > 0 order by s.accountId", Statement.class)
                .setParameter("m", month.atDay(1)).getResultList();
        if (statements.isEmpty()) {
            return;
        }
        Map<Long, BankAccountRecord> accounts = em.createQuery(
                        "select b from BankAccountRecord b where b.state = :confirmed and b.accountId in :ids", BankAccountRecord.class)
                .setParameter("confirmed", BankAccountState.CONFIRMED)
                .setParameter("ids", statements.stream().map(Statement::getAccountId).toList())
                .getResultStream().collect(Collectors.toMap(BankAccountRecord::getAccountId, Function.identity()));
        for (Statement statement : statements) {
            BankAccountRecord account = accounts.get(statement.getAccountId());
            if (account == null) {
                missing.add(statement.getPayeeName() + "（" + statement.getContractNumber() + "）");
            } else {
                payments.add(new Payment(statement, account));
            }
        }
    }

    private MonthlyClose confirmed(YearMonth month) {
        MonthlyClose close = em.find(MonthlyClose.class, month.atDay(1));
        if (close == null || close.getStatus() != CloseStatus.CONFIRMED) {
            throw new BusinessException("billing.transfer.monthNotConfirmed", month.toString());
        }
        return close;
    }

    private String bankKana(String bankCode) {
        return banks.bank(bankCode).map(BankEntry::getKana)
                .orElseThrow(() -> new BusinessException("billing.bank.unknownBank", bankCode));
    }

    private String branchKana(String bankCode, String branchCode) {
        return banks.branch(bankCode, branchCode).map(BankEntry::getKana)
                .orElseThrow(() -> new BusinessException("billing.bank.unknownBranch", branchCode, bankCode));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
