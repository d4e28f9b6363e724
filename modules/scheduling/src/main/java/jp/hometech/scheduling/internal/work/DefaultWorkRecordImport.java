package jp.hometech.scheduling.internal.work;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractStatus;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.scheduling.api.ClosedMonths;
import jp.hometech.scheduling.api.ImportResult;
import jp.hometech.scheduling.api.ImportRowError;
import jp.hometech.scheduling.api.ImportSource;
import jp.hometech.scheduling.api.WorkRecordImport;
import jp.hometech.scheduling.api.WorkRecordsChanged;
import jp.hometech.scheduling.internal.Scheduling;
import jp.hometech.scheduling.internal.SchedulingSettings;
import jp.hometech.scheduling.internal.rules.WorkRecordCsv;
import jp.hometech.scheduling.internal.rules.WorkRowChecks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks every row of a file first and stores nothing when any row is bad; otherwise replaces, per contractor
 * and day in the file, what was stored for that day. Imports of the same contractor are serialised with a
 * transaction-scoped advisory lock, so two imports at once cannot both replace one day.
 */
@Stateless
public class DefaultWorkRecordImport implements WorkRecordImport {

    /** Namespace of the advisory locks of this module (any constant distinct from other modules' locks). */
    private static final int LOCK_NAMESPACE = 0x5C4ED;

    @PersistenceContext(unitName = Scheduling.UNIT)
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    SchedulingSettings settings;

    @Inject
    Event<WorkRecordsChanged> changed;

    @EJB
    ContractService contracts;

    @EJB
    AccountService accounts;

    @EJB
    ClosedMonths closedMonths;

    @EJB
    AuditLog auditLog;

    private record Checked(WorkRecordCsv.Row row, long accountId, String contractNumber) {
    }

    private record PersonDay(long accountId, LocalDate date) {
    }

    @Override
    public ImportResult importCsv(byte[] content, String fileName, ImportSource source, Actor actor) {
        WorkRecordCsv.Parsed parsed = WorkRecordCsv.parse(content);
        List<ImportRowError> errors = new ArrayList<>(parsed.errors());
        WorkRowChecks checks = new WorkRowChecks(settings.maxCallsPerHour());
        Map<String, Optional<ContractView>> contractCache = new HashMap<>();
        Map<String, Optional<Long>> accountCache = new HashMap<>();
        Map<YearMonth, Boolean> closedCache = new HashMap<>();
        LocalDate today = clock.today();
        List<Checked> good = new ArrayList<>();
        for (WorkRecordCsv.Row row : parsed.rows()) {
            List<ImportRowError> rowErrors = new ArrayList<>(checks.check(row));
            Optional<ContractView> contract = contractCache.computeIfAbsent(row.contractNumber(), contracts::findByNumber);
            Optional<Long> accountId = contract.flatMap(c -> accountCache.computeIfAbsent(c.getContractorUsername(),
                    username -> accounts.findByUsername(username).map(AccountView::getId)));
            if (contract.isEmpty() || accountId.isEmpty()) {
                rowErrors.add(new ImportRowError(row.line(), "scheduling.import.unknownContract", row.contractNumber()));
            } else {
                ContractView c = contract.get();
                if (row.workDate().isBefore(c.getStartDate())) {
                    rowErrors.add(new ImportRowError(row.line(), "scheduling.import.beforeContract", row.workDate(), c.getStartDate()));
                } else if (c.getStatus() == ContractStatus.SUSPENDED
                        || (c.getStatus() == ContractStatus.ENDED && (c.getEndDate() == null || row.workDate().isAfter(c.getEndDate())))) {
                    rowErrors.add(new ImportRowError(row.line(), "scheduling.import.inactiveContract", row.contractNumber(),
                            c.getStatus().name()));
                }
            }
            if (row.workDate().isAfter(today)) {
                rowErrors.add(new ImportRowError(row.line(), "scheduling.import.future", row.workDate()));
            }
            if (closedCache.computeIfAbsent(YearMonth.from(row.workDate()), closedMonths::isClosed)) {
                rowErrors.add(new ImportRowError(row.line(), "scheduling.import.closedMonth", YearMonth.from(row.workDate())));
            }
            if (rowErrors.isEmpty()) {
                good.add(new Checked(row, accountId.get(), contract.get().getContractNumber()));
            }
            errors.addAll(rowErrors);
        }
        Map<PersonDay, List<Checked>> days = new TreeMap<>(Comparator.comparingLong(PersonDay::accountId).thenComparing(PersonDay::date));
        for (Checked checked : good) {
            days.computeIfAbsent(new PersonDay(checked.accountId(), checked.row().workDate()), d -> new ArrayList<>()).add(checked);
        }
        days.values().forEach(day -> errors.addAll(WorkRowChecks.overlaps(day.stream().map(Checked::row).toList())));
        if (parsed.rows().isEmpty() && errors.isEmpty()) {
            errors.add(new ImportRowError(1, "scheduling.import.empty"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ImportRowError::getLine));
            return new ImportResult(0, 0, 0, errors);
        }
        return store(days, fileName, source, actor);
    }

    private ImportResult store(Map<PersonDay, List<Checked>> days, String fileName, ImportSource source, Actor actor) {
        Set<Long> accountIds = new TreeSet<>();
        Set<YearMonth> months = new TreeSet<>();
        days.keySet().forEach(day -> {
            accountIds.add(day.accountId());
            months.add(YearMonth.from(day.date()));
        });
        for (long accountId : accountIds) {
            em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1, ?2)) locked").setParameter(1, LOCK_NAMESPACE)
                    .setParameter(2, (int) accountId).getSingleResult();
        }
        WorkImportRecord importRecord = new WorkImportRecord(source, fileName == null ? null : truncate(fileName),
                clock.now(), actor.username());
        em.persist(importRecord);
        em.flush();
        int replaced = 0;
        int imported = 0;
        for (Map.Entry<PersonDay, List<Checked>> day : days.entrySet()) {
            replaced += em.createQuery("delete from WorkRecord r where r.contractorAccountId = :account and r.workDate = :date")
                    .setParameter("account", day.getKey().accountId()).setParameter("date", day.getKey().date())
                    .executeUpdate();
            for (Checked checked : day.getValue()) {
                WorkRecordCsv.Row row = checked.row();
                em.persist(new WorkRecord(checked.accountId(), checked.contractNumber(), row.workDate(), row.start(),
                        row.end(), row.calls(), importRecord.getId()));
                imported++;
            }
        }
        importRecord.counted(imported, replaced);
        em.flush();
        auditLog.record(actor, Scheduling.MODULE, "workRecords.imported", "import#" + importRecord.getId(),
                source + " " + (fileName == null ? "" : truncate(fileName) + ": ") + imported + " rows, " + replaced
                        + " replaced, " + accountIds.size() + " contractors, months " + months);
        changed.fire(new WorkRecordsChanged(accountIds, months));
        return new ImportResult(importRecord.getId(), imported, replaced, List.of());
    }

    private static String truncate(String fileName) {
        return fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
    }
}
