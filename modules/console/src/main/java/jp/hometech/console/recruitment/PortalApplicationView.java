package jp.hometech.console.recruitment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.recruitment.api.ApplicantQueryService;
import jp.hometech.recruitment.api.BookingCommand;
import jp.hometech.recruitment.api.BookingResult;
import jp.hometech.recruitment.api.InterviewDevice;
import jp.hometech.recruitment.api.InterviewService;
import jp.hometech.recruitment.api.InterviewSlotView;
import jp.hometech.recruitment.api.OwnApplicationView;
import jp.hometech.training.api.NextCohorts;
import jp.hometech.training.api.UpcomingCohort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The applicant's own application (APPLICANT): status, the next cohorts' dates (T5) and the interview booking
 * (R7). Always the caller's own application: the username comes from the security context, never from a parameter.
 */
@Named
@ViewScoped
public class PortalApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessClock clock;
    /** How far ahead the applicant sees open interview slots. */
    private static final int OPEN_SLOT_DAYS = 60;
    private static final int COHORTS_SHOWN = 3;

    @EJB
    ApplicantQueryService applicants;

    @EJB
    InterviewService interviews;

    @EJB
    NextCohorts nextCohorts;

    @Inject
    SecurityContext securityContext;

    @Inject
    ConsoleUser consoleUser;

    private OwnApplicationView application;
    private List<UpcomingCohort> cohorts;
    private List<InterviewSlotView> openSlots;
    private InterviewDevice device;
    private boolean separateTelephone;
    private boolean canAttendNextCohort = true;

    @PostConstruct
    void load() {
        application = applicants.ownApplication(username()).orElse(null);
        cohorts = nextCohorts.upcoming(COHORTS_SHOWN);
        loadOpenSlots();
    }

    private void loadOpenSlots() {
        LocalDate today = clock.today();
        openSlots = application != null && application.isCanBook()
                ? interviews.listOpenSlots(today, today.plusDays(OPEN_SLOT_DAYS)) : List.of();
    }

    public void book(long slotId) {
        change(slotId, false);
    }

    public void move(long slotId) {
        change(slotId, true);
    }

    private void change(long slotId, boolean move) {
        BookingCommand command = new BookingCommand(slotId, device, separateTelephone, canAttendNextCohort);
        try {
            BookingResult result = move ? interviews.move(username(), command, consoleUser.actor())
                    : interviews.book(username(), command, consoleUser.actor());
            Messages.info(move ? "recruitment.portal.moved" : "recruitment.portal.booked");
            if (result.isNextCohortWarning()) {
                PageMessages.warn(BookingResult.NEXT_COHORT_WARNING_KEY);
            }
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        PageMessages.onThisPageOnly();
        load();
    }

    public void cancel() {
        try {
            interviews.cancel(username(), consoleUser.actor());
            Messages.info("recruitment.portal.cancelled");
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        PageMessages.onThisPageOnly();
        load();
    }

    private String username() {
        return securityContext.getCallerPrincipal().getName();
    }

    public InterviewDevice[] getDevices() {
        return InterviewDevice.values();
    }

    public OwnApplicationView getApplication() { return application; }
    public List<UpcomingCohort> getCohorts() { return cohorts; }
    public List<InterviewSlotView> getOpenSlots() { return openSlots; }
    public InterviewDevice getDevice() { return device; }
    public void setDevice(InterviewDevice device) { this.device = device; }
    public boolean isSeparateTelephone() { return separateTelephone; }
    public void setSeparateTelephone(boolean separateTelephone) { this.separateTelephone = separateTelephone; }
    public boolean isCanAttendNextCohort() { return canAttendNextCohort; }
    public void setCanAttendNextCohort(boolean canAttendNextCohort) { this.canAttendNextCohort = canAttendNextCohort; }
}
