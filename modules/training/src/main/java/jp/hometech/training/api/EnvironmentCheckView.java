package jp.hometech.training.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A trainee's work-environment self-check (E1–E7) and the staff verdict on it. */
public final class EnvironmentCheckView implements Serializable {

    private final long id;
    private final long candidateId;
    private final long accountId;
    private final EnvironmentSelfCheck answers;
    private final String phoneNumberFormatted;
    private final EnvironmentCheckStatus status;
    private final Instant submittedAt;
    private final String decidedBy;
    private final Instant decidedAt;
    private final String refusalReason;
    private final List<EnvironmentFinding> advice;
    private final long version;

    public EnvironmentCheckView(long id, long candidateId, long accountId, EnvironmentSelfCheck answers,
                                String phoneNumberFormatted, EnvironmentCheckStatus status, Instant submittedAt,
                                String decidedBy, Instant decidedAt, String refusalReason,
                                List<EnvironmentFinding> advice, long version) {
        this.id = id;
        this.candidateId = candidateId;
        this.accountId = accountId;
        this.answers = answers;
        this.phoneNumberFormatted = phoneNumberFormatted;
        this.status = status;
        this.submittedAt = submittedAt;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.refusalReason = refusalReason;
        this.advice = List.copyOf(advice);
        this.version = version;
    }

    public long getId() { return id; }
    public long getCandidateId() { return candidateId; }
    public long getAccountId() { return accountId; }
    public boolean isPrivateQuietRoom() { return answers.privateQuietRoom(); }
    public boolean isPhoneWiredInRoom() { return answers.phoneWiredInRoom(); }
    public boolean isInternetWiredToPc() { return answers.internetWiredToPc(); }
    public String getPhoneNumber() { return phoneNumberFormatted; }
    public Set<String> getLineServiceCodes() { return answers.lineServiceCodes(); }
    public LocalDate getLineReadyOn() { return answers.lineReadyOn(); }
    public InternetType getInternetType() { return answers.internetType(); }
    public boolean isOwnPc() { return answers.ownPc(); }
    public String getPcOsCode() { return answers.pcOsCode(); }
    public int getPcRamGb() { return answers.pcRamGb(); }
    public int getPcCpuCores() { return answers.pcCpuCores(); }
    public String getPcCpu() { return answers.pcCpu(); }
    public int getPcFreeStorageGb() { return answers.pcFreeStorageGb(); }
    /** The answers as submitted, to prefill the portal form for a new submission. */
    public EnvironmentSelfCheck getAnswers() { return answers; }
    public EnvironmentCheckStatus getStatus() { return status; }
    public boolean isVerified() { return status == EnvironmentCheckStatus.VERIFIED; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getRefusalReason() { return refusalReason; }
    /** Findings that did not block the submission (e.g. fibre recommended, E6). */
    public List<EnvironmentFinding> getAdvice() { return advice; }
    public long getVersion() { return version; }
}
