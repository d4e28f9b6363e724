package jp.hometech.console.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.console.shell.UserSession;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.recruitment.api.ApplicantDetail;
import jp.hometech.recruitment.api.ApplicantQueryService;
import jp.hometech.recruitment.api.ApplicantStatus;
import jp.hometech.recruitment.api.ApplicationService;
import jp.hometech.recruitment.api.ConsentFile;
import jp.hometech.recruitment.api.ConsentService;
import jp.hometech.recruitment.api.ConsentUpload;
import jp.hometech.recruitment.api.ContractCommand;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.recruitment.api.InterviewFailureBasis;
import jp.hometech.recruitment.api.InterviewFailureReasonService;
import jp.hometech.recruitment.api.InterviewFailureReasonView;
import jp.hometech.recruitment.api.InterviewOutcomeCommand;
import jp.hometech.recruitment.api.InterviewOutcomeView;
import jp.hometech.recruitment.api.InterviewService;
import jp.hometech.recruitment.api.R4cTopic;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * RECRUITER, ADMIN: one applicant with the screening explanation (R8) and history; the interview outcome with the
 * R4c checklist, the parental consent (R3) and the contract. Every change goes through the module, which audits it.
 */
@Named("applicantView")
@ViewScoped
public class ApplicantView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApplicantQueryService applicants;

    @EJB
    ApplicationService applications;

    @EJB
    InterviewService interviews;

    @EJB
    ConsentService consents;

    @EJB
    ContractService contracts;

    @Inject
    ConsoleUser consoleUser;

    @EJB
    InterviewFailureReasonService reasonList;

    @Inject
    UserSession userSession;

    private Long id;
    private ApplicantDetail applicant;
    private ContractView contract;

    private Boolean passed;
    private String notes;
    private R4cTopic[] confirmedTopics = new R4cTopic[0];
    private String failureReason;
    private List<InterviewFailureReasonView> failureReasons;

    private transient UploadedFile consentFile;

    private String contractNumber;
    private LocalDate contractStart;
    private boolean firstHomeBasedWork;
    private String contractorUsername;
    private String contractorPassword;

    private String withdrawReason;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        applicant = id == null ? null : applicants.detail(id).orElse(null);
        contract = applicant == null || applicant.getContractId() == null ? null
                : contracts.find(applicant.getContractId()).orElse(null);
        if (applicant == null) {
            Messages.error("recruitment.applicant.notFound");
            PageMessages.onThisPageOnly();
        }
    }

    public void recordOutcome() {
        if (passed == null) {
            Messages.error("recruitment.detail.outcomeRequired");
            PageMessages.onThisPageOnly();
            return;
        }
        Set<R4cTopic> topics = confirmedTopics == null || confirmedTopics.length == 0 ? Set.of()
                : EnumSet.copyOf(Arrays.asList(confirmedTopics));
        InterviewOutcomeCommand command;
        if (passed) {
            command = InterviewOutcomeCommand.pass(notes, topics);
        } else if (failureReason == null || failureReason.isBlank()) {
            command = new InterviewOutcomeCommand(false, notes, topics, null, null);
        } else if (InterviewFailureBasis.R4C_TOPICS.name().equals(failureReason)) {
            command = InterviewOutcomeCommand.failOnTopics(notes, topics);
        } else {
            command = InterviewOutcomeCommand.failFor(failureReason, notes, topics);
        }
        run(() -> interviews.recordOutcome(applicant.getId(), applicant.getVersion(), command, consoleUser.actor()),
                passed ? "recruitment.detail.passRecorded" : "recruitment.detail.failRecorded");
    }

    public void uploadConsent() {
        if (consentFile == null || consentFile.getSize() == 0) {
            Messages.error("recruitment.consent.fileRequired");
            PageMessages.onThisPageOnly();
            return;
        }
        ConsentUpload upload = new ConsentUpload(consentFile.getFileName(), consentFile.getContentType(),
                consentFile.getContent());
        consentFile = null;
        run(() -> consents.upload(applicant.getId(), upload, consoleUser.actor()), "recruitment.detail.consentUploaded");
    }

    public void verifyConsent() {
        run(() -> consents.verify(applicant.getId(), applicant.getConsent().getVersion(), consoleUser.actor()),
                "recruitment.detail.consentVerified");
    }

    public StreamedContent getConsentDocument() {
        Optional<ConsentFile> file = consents.download(applicant.getId(), consoleUser.actor());
        if (file.isEmpty()) {
            return null;
        }
        byte[] content = file.get().content();
        return DefaultStreamedContent.builder().name(file.get().fileName()).contentType(file.get().contentType())
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }

    public void concludeContract() {
        char[] password = contractorPassword == null ? new char[0] : contractorPassword.toCharArray();
        contractorPassword = null;
        try {
            run(() -> contracts.conclude(new ContractCommand(applicant.getId(), applicant.getVersion(), contractNumber,
                    contractStart, firstHomeBasedWork, contractorUsername, password), consoleUser.actor()),
                    "recruitment.detail.contractConcluded");
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public void withdraw() {
        run(() -> {
            applications.withdraw(applicant.getId(), applicant.getVersion(), withdrawReason, consoleUser.actor());
            return null;
        }, "recruitment.detail.withdrawn");
    }

    private void run(java.util.function.Supplier<?> change, String successKey) {
        try {
            change.get();
            Messages.info(successKey);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        PageMessages.onThisPageOnly();
        load();
    }

    public boolean isCanRecordOutcome() {
        return applicant != null && applicant.getStatus() == ApplicantStatus.INTERVIEW_BOOKED;
    }

    public boolean isCanConclude() {
        return applicant != null && applicant.getStatus() == ApplicantStatus.PASSED;
    }

    public boolean isCanWithdraw() {
        return applicant != null && EnumSet.of(ApplicantStatus.INVITED, ApplicantStatus.INTERVIEW_BOOKED,
                ApplicantStatus.PASSED).contains(applicant.getStatus());
    }

    public List<Map.Entry<R4cTopic, Boolean>> getChecklist() {
        return applicant == null || applicant.getInterviewOutcome() == null ? List.of()
                : new ArrayList<>(applicant.getInterviewOutcome().getChecklist().entrySet());
    }

    public R4cTopic[] getTopics() { return R4cTopic.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ApplicantDetail getApplicant() { return applicant; }
    public ContractView getContract() { return contract; }
    public Boolean getPassed() { return passed; }
    public void setPassed(Boolean passed) { this.passed = passed; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public R4cTopic[] getConfirmedTopics() { return confirmedTopics; }
    public void setConfirmedTopics(R4cTopic[] confirmedTopics) { this.confirmedTopics = confirmedTopics; }
    /** R8: the reasons the interviewer can choose for a fail, besides the R4c topics. */
    public List<InterviewFailureReasonView> getFailureReasons() {
        if (failureReasons == null) {
            failureReasons = reasonList.listActive();
        }
        return failureReasons;
    }

    /** R8: the interview's deciding reason of a failed applicant, in the user's language. */
    public String getInterviewDecidingReason() {
        InterviewOutcomeView outcome = applicant == null ? null : applicant.getInterviewOutcome();
        if (outcome == null || outcome.isPassed() || outcome.getFailureBasis() == null) {
            return null;
        }
        if (outcome.getFailureBasis() == InterviewFailureBasis.R4C_TOPICS) {
            return Messages.text("recruitment.failureBasis.R4C_TOPICS") + " (" + outcome.getNotExplainedTopics().stream()
                    .map(t -> Messages.text(t.getMessageKey())).collect(Collectors.joining(", ")) + ")";
        }
        return userSession.isJapanese() ? outcome.getFailureReasonNameJa() : outcome.getFailureReasonNameEn();
    }

    public String getFailureReason() { return failureReason; }
    public void setFailureReason(String failureReason) { this.failureReason = failureReason; }
    public UploadedFile getConsentFile() { return consentFile; }
    public void setConsentFile(UploadedFile consentFile) { this.consentFile = consentFile; }
    public String getContractNumber() { return contractNumber; }
    public void setContractNumber(String contractNumber) { this.contractNumber = contractNumber; }
    public LocalDate getContractStart() { return contractStart; }
    public void setContractStart(LocalDate contractStart) { this.contractStart = contractStart; }
    public boolean isFirstHomeBasedWork() { return firstHomeBasedWork; }
    public void setFirstHomeBasedWork(boolean firstHomeBasedWork) { this.firstHomeBasedWork = firstHomeBasedWork; }
    public String getContractorUsername() { return contractorUsername; }
    public void setContractorUsername(String contractorUsername) { this.contractorUsername = contractorUsername; }
    public String getContractorPassword() { return contractorPassword; }
    public void setContractorPassword(String contractorPassword) { this.contractorPassword = contractorPassword; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
}
