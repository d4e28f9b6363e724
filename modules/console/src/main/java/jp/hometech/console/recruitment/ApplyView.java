package jp.hometech.console.recruitment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.console.shell.UserSession;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.recruitment.api.ApplicationForm;
import jp.hometech.recruitment.api.ApplicationService;
import jp.hometech.recruitment.api.QualificationEntry;
import jp.hometech.recruitment.api.QualificationService;
import jp.hometech.recruitment.api.QualificationView;
import jp.hometech.recruitment.api.ScreeningOutcome;
import jp.hometech.recruitment.api.SupportWorkEntry;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The public application page (no login): the form of {@link ApplicationForm} and, right after submitting,
 * the screening decision with the deciding rule and its reason (R8).
 */
@Named
@ViewScoped
public class ApplyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApplicationService applications;

    @EJB
    QualificationService qualifications;

    @Inject
    ConsoleUser consoleUser;

    @Inject
    UserSession userSession;

    private List<QualificationView> qualificationChoices;
    private String nameKanji;
    private String nameKana;
    private LocalDate birthDate;
    private String email;
    private String phone;
    private String address;
    private boolean enrolledInHighSchool;
    private final List<QualificationRow> qualificationRows = new ArrayList<>();
    private final List<SupportWorkRow> supportWorkRows = new ArrayList<>();
    private boolean selfDeclaredKnowledge;
    private boolean hasInternetPc;
    private boolean obligationsAcknowledged;
    private boolean personalDataConsent;
    private String password;
    private String passwordRepeated;
    private ScreeningOutcome outcome;

    @PostConstruct
    void init() {
        qualificationChoices = qualifications.listActive();
    }

    public void addQualification() {
        qualificationRows.add(new QualificationRow());
    }

    public void removeQualification(QualificationRow row) {
        qualificationRows.remove(row);
    }

    public void addSupportWork() {
        supportWorkRows.add(new SupportWorkRow());
    }

    public void removeSupportWork(SupportWorkRow row) {
        supportWorkRows.remove(row);
    }

    public void submit() {
        if (password == null || !password.equals(passwordRepeated)) {
            Messages.error("recruitment.apply.passwordMismatch");
            keepMessagesOnThisPage();
            return;
        }
        List<QualificationEntry> qualificationEntries = qualificationRows.stream()
                .map(row -> new QualificationEntry(row.getCode(), row.getObtainedOn())).toList();
        List<SupportWorkEntry> supportWork = supportWorkRows.stream()
                .map(row -> new SupportWorkEntry(row.getStartedOn(), row.isOngoing() ? null : row.getEndedOn(),
                        row.getDescription())).toList();
        char[] secret = password.toCharArray();
        try {
            outcome = applications.apply(new ApplicationForm(nameKanji, nameKana, birthDate, email, phone, address,
                    enrolledInHighSchool, qualificationEntries, supportWork, selfDeclaredKnowledge, hasInternetPc,
                    obligationsAcknowledged, personalDataConsent, secret, userSession.getLanguage()), consoleUser.actor());
            password = null;
            passwordRepeated = null;
        } catch (BusinessException refused) {
            Messages.error(refused);
            keepMessagesOnThisPage();
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** The form stays on the page with what was typed. */
    private static void keepMessagesOnThisPage() {
        PageMessages.onThisPageOnly();
    }

    public String qualificationName(QualificationView qualification) {
        return userSession.isJapanese() ? qualification.getNameJa() : qualification.getNameEn();
    }

    public List<QualificationView> getQualificationChoices() { return qualificationChoices; }
    public List<QualificationRow> getQualificationRows() { return qualificationRows; }
    public List<SupportWorkRow> getSupportWorkRows() { return supportWorkRows; }
    public ScreeningOutcome getOutcome() { return outcome; }
    public String getNameKanji() { return nameKanji; }
    public void setNameKanji(String nameKanji) { this.nameKanji = nameKanji; }
    public String getNameKana() { return nameKana; }
    public void setNameKana(String nameKana) { this.nameKana = nameKana; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public boolean isEnrolledInHighSchool() { return enrolledInHighSchool; }
    public void setEnrolledInHighSchool(boolean enrolledInHighSchool) { this.enrolledInHighSchool = enrolledInHighSchool; }
    public boolean isSelfDeclaredKnowledge() { return selfDeclaredKnowledge; }
    public void setSelfDeclaredKnowledge(boolean selfDeclaredKnowledge) { this.selfDeclaredKnowledge = selfDeclaredKnowledge; }
    public boolean isHasInternetPc() { return hasInternetPc; }
    public void setHasInternetPc(boolean hasInternetPc) { this.hasInternetPc = hasInternetPc; }
    public boolean isObligationsAcknowledged() { return obligationsAcknowledged; }
    public void setObligationsAcknowledged(boolean obligationsAcknowledged) { this.obligationsAcknowledged = obligationsAcknowledged; }
    public boolean isPersonalDataConsent() { return personalDataConsent; }
    public void setPersonalDataConsent(boolean personalDataConsent) { this.personalDataConsent = personalDataConsent; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordRepeated() { return passwordRepeated; }
    public void setPasswordRepeated(String passwordRepeated) { this.passwordRepeated = passwordRepeated; }

    /** One R4a claim being typed in. */
    public static final class QualificationRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private LocalDate obtainedOn;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public LocalDate getObtainedOn() { return obtainedOn; }
        public void setObtainedOn(LocalDate obtainedOn) { this.obtainedOn = obtainedOn; }
    }

    /** One R4b period being typed in; "ongoing" wins over an end date. */
    public static final class SupportWorkRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate startedOn;
        private LocalDate endedOn;
        private boolean ongoing;
        private String description;

        public LocalDate getStartedOn() { return startedOn; }
        public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
        public LocalDate getEndedOn() { return endedOn; }
        public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
        public boolean isOngoing() { return ongoing; }
        public void setOngoing(boolean ongoing) { this.ongoing = ongoing; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }
}
