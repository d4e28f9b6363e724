package jp.hometech.recruitment.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;
import jp.hometech.platform.api.event.EventOutbox;
import jp.hometech.platform.api.account.NewAccount;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.security.Role;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.ApplicantStatus;
import jp.hometech.recruitment.api.ContractCommand;
import jp.hometech.recruitment.api.ContractQuery;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractStatus;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.recruitment.api.event.ContractConcluded;
import jp.hometech.recruitment.api.event.ContractEnded;
import jp.hometech.recruitment.api.event.ContractResumed;
import jp.hometech.recruitment.api.event.ContractSuspended;
import jp.hometech.recruitment.internal.rules.ContractNumbers;
import jp.hometech.recruitment.internal.screening.Ages;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Stateless
public class DefaultContractService implements ContractService {

    private static final Map<String, String> SORTABLE = Map.of(
            "contractNumber", "c.contractNumber",
            "contractorNameKana", "a.nameKana",
            "startDate", "c.startDate",
            "status", "c.status",
            "contractorUsername", "c.contractorUsername");

    static {
        SORT.requireAll(SORTABLE.keySet());
    }

    @PersistenceContext(unitName = "recruitment")
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog auditLog;

    @Inject
    AccountService accounts;

    @Inject
    EventOutbox outbox;

    @Override
    public ContractView conclude(ContractCommand command, Actor actor) {
        Applicant applicant = Recruitment.lockedApplicant(em, command.applicantId(), command.expectedApplicantVersion());
        if (applicant.getStatus() != ApplicantStatus.PASSED) {
            throw new BusinessException("recruitment.contract.notPassed");
        }
        if (command.startDate() == null) {
            throw new BusinessException("recruitment.contract.startDateRequired");
        }
        if (command.startDate().isBefore(applicant.getAppliedOn())) {
            throw new BusinessException("recruitment.contract.startBeforeApplication");
        }
        LocalDate today = clock.today();
        // R3: whoever is still a minor today needs verified parental consent, whatever their age at application.
        if (Ages.isMinorOn(applicant.getBirthDate(), today) && !DefaultConsentService.verified(em, applicant.getId())) {
            throw new BusinessException("recruitment.contract.consentNotVerified");
        }
        String number = command.contractNumber() == null || command.contractNumber().isBlank()
                ? ContractNumbers.generated(command.startDate().getYear(), nextNumber())
                : ContractNumbers.entered(command.contractNumber());
        if (!em.createQuery("select c.id from Contract c where c.contractNumber = :number", Long.class)
                .setParameter("number", number).getResultList().isEmpty()) {
            throw new BusinessException("recruitment.contract.numberTaken", number);
        }
        String username = command.contractorUsername() == null || command.contractorUsername().isBlank()
                ? number.toLowerCase(Locale.ROOT) : command.contractorUsername().strip().toLowerCase(Locale.ROOT);
        if (accounts.findByUsername(username).isPresent()) {
            throw new BusinessException("recruitment.contract.usernameTaken", username);
        }
        AccountView contractor = accounts.create(new NewAccount(username, applicant.getNameKanji(), applicant.getEmail(),
                Set.of(Role.CONTRACTOR), command.initialPassword(), applicant.getPreferredLanguage()), actor);
        Contract contract = new Contract(number, applicant.getId(), command.startDate(), command.firstHomeBasedWork(),
                username, contractor.getId(), Recruitment.now(clock), Recruitment.clip(actor.username(), 64));
        em.persist(contract);
        applicant.changeStatus(ApplicantStatus.CONTRACTED);
        em.flush();
        Recruitment.history(em, clock, applicant.getId(), actor, "CONTRACT_CONCLUDED", number);
        auditLog.record(actor, Recruitment.MODULE, "CONTRACT_CONCLUDED", subject(contract),
                Recruitment.applicantSubject(applicant.getId()) + ", start " + command.startDate()
                        + ", first home-based work " + command.firstHomeBasedWork());
        outbox.publish(Recruitment.MODULE, new ContractConcluded(contract.getId(), applicant.getId(),
                applicant.getPortalAccountId(), contractor.getId(), command.startDate(), command.firstHomeBasedWork()));
        return view(contract, applicant);
    }

    @Override
    public ContractView suspend(long contractId, long expectedVersion, String reason, Actor actor) {
        Contract contract = lockedForEdit(contractId, expectedVersion);
        if (contract.getStatus() != ContractStatus.ACTIVE) {
            throw new BusinessException("recruitment.contract.notActive");
        }
        String text = Recruitment.requiredText(reason, 500, "recruitment.contract.reasonRequired",
                "recruitment.contract.reasonTooLong");
        contract.suspend(text);
        ContractView view = saved(contract, actor, "CONTRACT_SUSPENDED", null);
        outbox.publish(Recruitment.MODULE, new ContractSuspended(contract.getId(), contract.getContractorAccountId(),
                clock.today()));
        return view;
    }

    @Override
    public ContractView resume(long contractId, long expectedVersion, Actor actor) {
        Contract contract = lockedForEdit(contractId, expectedVersion);
        if (contract.getStatus() != ContractStatus.SUSPENDED) {
            throw new BusinessException("recruitment.contract.notSuspended");
        }
        contract.resume();
        ContractView view = saved(contract, actor, "CONTRACT_RESUMED", null);
        outbox.publish(Recruitment.MODULE, new ContractResumed(contract.getId(), contract.getContractorAccountId(),
                clock.today()));
        return view;
    }

    @Override
    public ContractView end(long contractId, long expectedVersion, LocalDate endDate, String reason, Actor actor) {
        Contract contract = lockedForEdit(contractId, expectedVersion);
        if (contract.getStatus() == ContractStatus.ENDED) {
            throw new BusinessException("recruitment.contract.alreadyEnded");
        }
        if (endDate == null) {
            throw new BusinessException("recruitment.contract.endDateRequired");
        }
        if (endDate.isBefore(contract.getStartDate())) {
            throw new BusinessException("recruitment.contract.endBeforeStart");
        }
        String text = Recruitment.requiredText(reason, 500, "recruitment.contract.reasonRequired",
                "recruitment.contract.reasonTooLong");
        contract.end(endDate, text);
        ContractView view = saved(contract, actor, "CONTRACT_ENDED", "end " + endDate);
        outbox.publish(Recruitment.MODULE, new ContractEnded(contract.getId(), contract.getContractorAccountId(), endDate));
        return view;
    }

    @Override
    public Optional<ContractView> find(long contractId) {
        return first(em.createQuery("""
                select c, a from Contract c, Applicant a where a.id = c.applicantId and c.id = :id""", Object[].class)
                .setParameter("id", contractId));
    }

    @Override
    public Optional<ContractView> findByApplicant(long applicantId) {
        return first(em.createQuery("""
                select c, a from Contract c, Applicant a where a.id = c.applicantId and c.applicantId = :applicantId
                order by case when c.status = jp.hometech.recruitment.api.ContractStatus.ENDED then 1 else 0 end,
                         c.startDate desc, c.id desc""", Object[].class)
                .setParameter("applicantId", applicantId).setMaxResults(1));
    }

    @Override
    public Optional<ContractView> findByContractorUsername(String username) {
        return first(em.createQuery("""
                select c, a from Contract c, Applicant a where a.id = c.applicantId and c.contractorUsername = :username""",
                        Object[].class)
                .setParameter("username", username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<ContractView> findByNumber(String contractNumber) {
        if (contractNumber == null || contractNumber.isBlank()) {
            return Optional.empty();
        }
        String number = java.text.Normalizer.normalize(contractNumber, java.text.Normalizer.Form.NFKC).strip()
                .toUpperCase(Locale.ROOT);
        return first(em.createQuery("""
                select c, a from Contract c, Applicant a where a.id = c.applicantId and c.contractNumber = :number""",
                        Object[].class)
                .setParameter("number", number));
    }

    @Override
    public Optional<ContractView> findByContractorAccount(long accountId) {
        return accounts.findById(accountId).flatMap(account -> findByContractorUsername(account.getUsername()));
    }

    @Override
    public Map<Long, ContractView> findByContractorAccounts(java.util.Collection<Long> accountIds) {
        Map<Long, ContractView> contracts = new HashMap<>();
        List<Long> ids = List.copyOf(accountIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            em.createQuery("""
                    select c, a from Contract c, Applicant a where a.id = c.applicantId and c.contractorAccountId in :ids""",
                            Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    .getResultStream()
                    .forEach(row -> contracts.put(((Contract) row[0]).getContractorAccountId(),
                            view((Contract) row[0], (Applicant) row[1])));
        }
        return contracts;
    }

    @Override
    public Optional<LocalDate> contractorBirthDate(long contractId) {
        return em.createQuery("""
                select a.birthDate from Contract c, Applicant a where a.id = c.applicantId and c.id = :id""", LocalDate.class)
                .setParameter("id", contractId).getResultStream().findFirst();
    }

    @Override
    public RowCount count(ContractQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> ids = em.createQuery("select c.id" + where(query, parameters), Long.class);
        parameters.forEach(ids::setParameter);
        return RowCount.of(ids);
    }

    @Override
    public List<ContractView> search(ContractQuery query, PageRequest request) {
        PageRequest page = SORT.resolve(request);
        Map<String, Object> parameters = new HashMap<>();
        String direction = page.ascending() ? " asc" : " desc";
        TypedQuery<Object[]> rows = em.createQuery("select c, a" + where(query, parameters) + " order by "
                + SORTABLE.get(page.sortField()) + direction + ", c.id" + direction, Object[].class);
        parameters.forEach(rows::setParameter);
        return rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultStream()
                .map(row -> view((Contract) row[0], (Applicant) row[1])).toList();
    }

    private static String where(ContractQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" from Contract c, Applicant a where a.id = c.applicantId");
        if (query.status() != null) {
            where.append(" and c.status = :status");
            parameters.put("status", query.status());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (lower(c.contractNumber) like :text escape '\\' or lower(a.nameKanji) like :text escape '\\'"
                    + " or lower(a.nameKana) like :text escape '\\' or lower(c.contractorUsername) like :text escape '\\')");
            parameters.put("text", ApplicantFilters.likePattern(query.text()));
        }
        return where.toString();
    }

    private Contract lockedForEdit(long contractId, long expectedVersion) {
        Contract contract = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new BusinessException("recruitment.contract.notFound");
        }
        if (contract.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return contract;
    }

    private ContractView saved(Contract contract, Actor actor, String action, String detail) {
        em.flush();
        Recruitment.history(em, clock, contract.getApplicantId(), actor, action, contract.getContractNumber());
        auditLog.record(actor, Recruitment.MODULE, action, subject(contract), detail);
        return view(contract, em.find(Applicant.class, contract.getApplicantId()));
    }

    private long nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('recruitment.contract_number_seq')").getSingleResult())
                .longValue();
    }

    private static Optional<ContractView> first(TypedQuery<Object[]> query) {
        return query.getResultStream().findFirst().map(row -> view((Contract) row[0], (Applicant) row[1]));
    }

    private static String subject(Contract contract) {
        return "contract#" + contract.getId();
    }

    static ContractView view(Contract contract, Applicant applicant) {
        return new ContractView(contract.getId(), contract.getContractNumber(), contract.getApplicantId(),
                applicant.getNameKanji(), applicant.getNameKana(), contract.getStartDate(), contract.getEndDate(),
                contract.getStatus(), contract.isFirstHomeBasedWork(), contract.getContractorUsername(),
                contract.getConcludedAt(), contract.getStatusReason(), contract.getVersion());
    }
}
