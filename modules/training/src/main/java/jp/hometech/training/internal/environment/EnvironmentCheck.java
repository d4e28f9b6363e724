package jp.hometech.training.internal.environment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.hometech.training.api.EnvironmentCheckStatus;
import jp.hometech.training.api.EnvironmentSelfCheck;
import jp.hometech.training.api.InternetType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A trainee's self-check (E1–E7), one per candidate, resubmitted in place; staff verify or refuse it. */
@Entity
@Table(name = "environment_check")
public class EnvironmentCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "private_quiet_room", nullable = false)
    private boolean privateQuietRoom;

    @Column(name = "phone_wired_in_room", nullable = false)
    private boolean phoneWiredInRoom;

    @Column(name = "internet_wired_to_pc", nullable = false)
    private boolean internetWiredToPc;

    /** Digits only, e.g. 0312345678. */
    @Column(name = "phone_number", nullable = false, length = 12)
    private String phoneNumber;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "environment_check_line_service", joinColumns = @JoinColumn(name = "environment_check_id"))
    @Column(name = "service_code", nullable = false, length = 40)
    private Set<String> lineServiceCodes = new HashSet<>();

    @Column(name = "line_ready_on", nullable = false)
    private LocalDate lineReadyOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "internet_type", nullable = false, length = 20)
    private InternetType internetType;

    @Column(name = "own_pc", nullable = false)
    private boolean ownPc;

    @Column(name = "pc_os_code", nullable = false, length = 40)
    private String pcOsCode;

    @Column(name = "pc_ram_gb", nullable = false)
    private int pcRamGb;

    @Column(name = "pc_cpu_cores", nullable = false)
    private int pcCpuCores;

    @Column(name = "pc_cpu", length = 200)
    private String pcCpu;

    @Column(name = "pc_free_storage_gb", nullable = false)
    private int pcFreeStorageGb;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnvironmentCheckStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;

    @Version
    @Column(nullable = false)
    private long version;

    protected EnvironmentCheck() {
    }

    public EnvironmentCheck(long candidateId) {
        this.candidateId = candidateId;
    }

    /** A (re)submission replaces the answers and clears an earlier verdict. */
    public void submitted(long accountId, EnvironmentSelfCheck answers, String phoneDigits, Instant at) {
        this.accountId = accountId;
        this.privateQuietRoom = answers.privateQuietRoom();
        this.phoneWiredInRoom = answers.phoneWiredInRoom();
        this.internetWiredToPc = answers.internetWiredToPc();
        this.phoneNumber = phoneDigits;
        this.lineServiceCodes.clear();
        this.lineServiceCodes.addAll(answers.lineServiceCodes());
        this.lineReadyOn = answers.lineReadyOn();
        this.internetType = answers.internetType();
        this.ownPc = answers.ownPc();
        this.pcOsCode = answers.pcOsCode();
        this.pcRamGb = answers.pcRamGb();
        this.pcCpuCores = answers.pcCpuCores();
        this.pcCpu = answers.pcCpu() == null || answers.pcCpu().isBlank() ? null : answers.pcCpu().strip();
        this.pcFreeStorageGb = answers.pcFreeStorageGb();
        this.status = EnvironmentCheckStatus.SUBMITTED;
        this.submittedAt = at;
        this.decidedBy = null;
        this.decidedAt = null;
        this.refusalReason = null;
    }

    public void decided(EnvironmentCheckStatus verdict, String by, Instant at, String reason) {
        this.status = verdict;
        this.decidedBy = by;
        this.decidedAt = at;
        this.refusalReason = reason;
    }

    public EnvironmentSelfCheck answers() {
        return new EnvironmentSelfCheck(privateQuietRoom, phoneWiredInRoom, internetWiredToPc, phoneNumber,
                Set.copyOf(lineServiceCodes), lineReadyOn, internetType, ownPc, pcOsCode, pcRamGb, pcCpuCores, pcCpu,
                pcFreeStorageGb);
    }

    public Long getId() { return id; }
    public long getCandidateId() { return candidateId; }
    public long getAccountId() { return accountId; }
    public String getPhoneNumber() { return phoneNumber; }
    public EnvironmentCheckStatus getStatus() { return status; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getRefusalReason() { return refusalReason; }
    public long getVersion() { return version; }
}
