package jp.hometech.console.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.hometech.console.shell.AccountNames;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.training.api.AttendanceView;
import jp.hometech.training.api.CohortDayView;
import jp.hometech.training.api.CohortService;
import jp.hometech.training.api.EnrolmentService;
import jp.hometech.training.api.EnrolmentView;
import jp.hometech.training.api.EnvironmentCheckService;
import jp.hometech.training.api.EnvironmentCheckView;
import jp.hometech.training.api.EnvironmentFinding;
import jp.hometech.training.api.EnvironmentRequirementsNotMetException;
import jp.hometech.training.api.EnvironmentSelfCheck;
import jp.hometech.training.api.InternetType;
import jp.hometech.training.api.LineServiceView;
import jp.hometech.training.api.PcOsView;
import jp.hometech.training.api.PcRequirementView;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The trainee's own training page (APPLICANT, CONTRACTOR): their cohort's days and times, their attendance and
 * the work-environment self-check (E1–E7). Always the signed-in user's own data, never one named by a parameter.
 */
@Named
@ViewScoped
public class TrainingPortalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    EnrolmentService enrolments;

    @EJB
    CohortService cohorts;

    @EJB
    EnvironmentCheckService environment;

    @Inject
    SecurityContext securityContext;

    @Inject
    ConsoleUser consoleUser;

    @Inject
    AccountNames accountNames;

    private EnrolmentView enrolment;
    private List<CohortDayView> days = List.of();
    private List<AttendanceView> attendance = List.of();
    private EnvironmentCheckView check;
    private List<EnvironmentFinding> findings = List.of();
    private List<LineServiceView> lineServices = List.of();
    private List<PcOsView> operatingSystems = List.of();
    private PcRequirementView pcRequirement;

    private boolean privateQuietRoom;
    private boolean phoneWiredInRoom;
    private boolean internetWiredToPc;
    private String phoneNumber;
    private List<String> lineServiceCodes = new ArrayList<>();
    private LocalDate lineReadyOn;
    private InternetType internetType;
    private boolean ownPc;
    private String pcOsCode;
    private Integer pcRamGb;
    private Integer pcCpuCores;
    private String pcCpu;
    private Integer pcFreeStorageGb;

    @PostConstruct
    void load() {
        long accountId = ownAccountId();
        enrolment = enrolments.findLatestByAccount(accountId).orElse(null);
        if (enrolment != null) {
            days = cohorts.days(enrolment.getCohortId());
            attendance = enrolments.attendanceOf(enrolment.getId());
        }
        check = environment.findByAccount(accountId).orElse(null);
        lineServices = environment.lineServices();
        operatingSystems = environment.operatingSystems();
        pcRequirement = environment.pcRequirement();
        if (check != null) {
            prefill(check.getAnswers());
        }
    }

    /** Training knows a trainee by account id: an erased user name registered again is somebody else. */
    private long ownAccountId() {
        Long id = accountNames.idOf(securityContext.getCallerPrincipal().getName());
        return id == null ? 0 : id;
    }

    private void prefill(EnvironmentSelfCheck answers) {
        privateQuietRoom = answers.privateQuietRoom();
        phoneWiredInRoom = answers.phoneWiredInRoom();
        internetWiredToPc = answers.internetWiredToPc();
        phoneNumber = answers.phoneNumber();
        lineServiceCodes = new ArrayList<>(answers.lineServiceCodes());
        lineReadyOn = answers.lineReadyOn();
        internetType = answers.internetType();
        ownPc = answers.ownPc();
        pcOsCode = answers.pcOsCode();
        pcRamGb = answers.pcRamGb();
        pcCpuCores = answers.pcCpuCores();
        pcCpu = answers.pcCpu();
        pcFreeStorageGb = answers.pcFreeStorageGb();
    }

    public void submit() {
        findings = List.of();
        try {
            check = environment.submit(ownAccountId(), new EnvironmentSelfCheck(privateQuietRoom, phoneWiredInRoom,
                    internetWiredToPc, phoneNumber, new HashSet<>(lineServiceCodes), lineReadyOn, internetType, ownPc,
                    pcOsCode, orZero(pcRamGb), orZero(pcCpuCores), pcCpu, orZero(pcFreeStorageGb)), consoleUser.actor());
            Messages.info("training.ui.environmentSubmitted");
        } catch (EnvironmentRequirementsNotMetException refused) {
            findings = refused.findings();
            Messages.error(refused);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public String findingText(EnvironmentFinding finding) {
        return Messages.text(finding.getMessageKey(), finding.getArguments().toArray());
    }

    public String lineServiceName(LineServiceView service) {
        return japanese() ? service.getNameJa() : service.getNameEn();
    }

    private static boolean japanese() {
        return "ja".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    /** The trainee's attendance on one of the cohort's days; null while it is not recorded. */
    public AttendanceView attendanceOf(long dayId) {
        return attendance.stream().filter(a -> a.getCohortDayId() == dayId).findFirst().orElse(null);
    }

    public InternetType[] getInternetTypes() { return InternetType.values(); }
    public EnrolmentView getEnrolment() { return enrolment; }
    public List<CohortDayView> getDays() { return days; }
    public List<AttendanceView> getAttendance() { return attendance; }
    public EnvironmentCheckView getCheck() { return check; }
    public List<EnvironmentFinding> getFindings() { return findings; }
    public List<LineServiceView> getLineServices() { return lineServices; }
    public List<PcOsView> getOperatingSystems() { return operatingSystems; }
    public PcRequirementView getPcRequirement() { return pcRequirement; }
    public boolean isPrivateQuietRoom() { return privateQuietRoom; }
    public void setPrivateQuietRoom(boolean privateQuietRoom) { this.privateQuietRoom = privateQuietRoom; }
    public boolean isPhoneWiredInRoom() { return phoneWiredInRoom; }
    public void setPhoneWiredInRoom(boolean phoneWiredInRoom) { this.phoneWiredInRoom = phoneWiredInRoom; }
    public boolean isInternetWiredToPc() { return internetWiredToPc; }
    public void setInternetWiredToPc(boolean internetWiredToPc) { this.internetWiredToPc = internetWiredToPc; }
    public String getPhoneNumber() { return phoneNumber; }
    public void setPhoneNumber(String phoneNumber) { this.phoneNumber = phoneNumber; }
    public List<String> getLineServiceCodes() { return lineServiceCodes; }
    public void setLineServiceCodes(List<String> lineServiceCodes) { this.lineServiceCodes = lineServiceCodes; }
    public LocalDate getLineReadyOn() { return lineReadyOn; }
    public void setLineReadyOn(LocalDate lineReadyOn) { this.lineReadyOn = lineReadyOn; }
    public InternetType getInternetType() { return internetType; }
    public void setInternetType(InternetType internetType) { this.internetType = internetType; }
    public boolean isOwnPc() { return ownPc; }
    public void setOwnPc(boolean ownPc) { this.ownPc = ownPc; }
    public String getPcOsCode() { return pcOsCode; }
    public void setPcOsCode(String pcOsCode) { this.pcOsCode = pcOsCode; }
    public Integer getPcRamGb() { return pcRamGb; }
    public void setPcRamGb(Integer pcRamGb) { this.pcRamGb = pcRamGb; }
    public Integer getPcCpuCores() { return pcCpuCores; }
    public void setPcCpuCores(Integer pcCpuCores) { this.pcCpuCores = pcCpuCores; }
    public String getPcCpu() { return pcCpu; }
    public void setPcCpu(String pcCpu) { this.pcCpu = pcCpu; }
    public Integer getPcFreeStorageGb() { return pcFreeStorageGb; }
    public void setPcFreeStorageGb(Integer pcFreeStorageGb) { this.pcFreeStorageGb = pcFreeStorageGb; }
}
