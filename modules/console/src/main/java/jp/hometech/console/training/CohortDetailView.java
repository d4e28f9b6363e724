package jp.hometech.console.training;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.console.shell.ConsoleUser;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.training.api.AssessmentResult;
import jp.hometech.training.api.AssessmentView;
import jp.hometech.training.api.AttendanceMark;
import jp.hometech.training.api.AttendanceView;
import jp.hometech.training.api.CohortDayView;
import jp.hometech.training.api.CohortQuery;
import jp.hometech.training.api.CohortService;
import jp.hometech.training.api.CohortStatus;
import jp.hometech.training.api.CohortView;
import jp.hometech.training.api.DayKind;
import jp.hometech.training.api.EnrolmentService;
import jp.hometech.training.api.EnrolmentStatus;
import jp.hometech.training.api.EnrolmentView;
import jp.hometech.training.api.EnvironmentCheckService;
import jp.hometech.training.api.EnvironmentCheckView;
import jp.hometech.training.api.TransferRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * TRAINER: one cohort: its days (moved before the start, T2/T3), its status, its trainees with the attendance
 * grid (T3), and per trainee the assessment, a transfer (T3) and call training (T4).
 */
@Named
@ViewScoped
public class CohortDetailView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The grid shows every trainee of the cohort at once; a cohort never holds more than this. */
    private static final int ALL_TRAINEES = PageRequest.MAX_LIMIT;

    @EJB
    CohortService cohorts;

    @EJB
    EnrolmentService enrolments;

    @EJB
    EnvironmentCheckService environment;

    @Inject
    ConsoleUser consoleUser;

    private Long cohortId;
    private CohortView cohort;
    private List<CohortDayView> days = List.of();
    private List<EnrolmentView> gridTrainees = List.of();
    private Map<String, AttendanceView> attendance = Map.of();
    private final TraineeRows trainees = new TraineeRows();

    private Long moveDayId;
    private LocalDate moveDate;

    private Long attendanceDayId;
    private Map<Long, Boolean> present = new HashMap<>();

    private EnrolmentView selected;
    private AssessmentView selectedAssessment;
    private EnvironmentCheckView selectedEnvironment;
    private Boolean assessmentPassed;
    private String failReason;
    private Long transferTo;
    private String transferReason;
    private String transferApprover;
    private LocalDate callTrainingStart;
    private LocalDate callTrainingCompletion;

    public void load() {
        if (cohortId == null || cohorts.find(cohortId).isEmpty()) {
            Messages.error("training.cohort.notFound", cohortId == null ? "" : cohortId);
            cohort = null;
            return;
        }
        trainees.setPageSize(20);
        refresh();
    }

    private void refresh() {
        cohort = cohorts.find(cohortId).orElseThrow();
        days = cohorts.days(cohortId);
        gridTrainees = enrolments.searchByCohort(cohortId, null, new PageRequest(0, ALL_TRAINEES, "displayName", true))
                .rows().stream().filter(e -> e.getStatus().occupiesSeat()).toList();
        Map<String, AttendanceView> byCell = new HashMap<>();
        enrolments.attendanceOfCohort(cohortId).forEach(a -> byCell.put(cell(a.getEnrolmentId(), a.getCohortDayId()), a));
        attendance = byCell;
        if (selected != null) {
            select(selected.getId());
        }
    }

    private static String cell(long enrolmentId, long dayId) {
        return enrolmentId + "/" + dayId;
    }

    // Cohort and days

    public void moveDay() {
        run(() -> cohorts.moveDay(cohortId, cohort.getVersion(), moveDayId == null ? 0 : moveDayId, moveDate,
                consoleUser.actor()), "training.ui.dayMoved");
    }

    public void announce() {
        run(() -> cohorts.announce(cohortId, cohort.getVersion(), consoleUser.actor()), "training.ui.cohortAnnounced");
    }

    public void start() {
        run(() -> cohorts.start(cohortId, cohort.getVersion(), consoleUser.actor()), "training.ui.cohortStarted");
    }

    public void finish() {
        run(() -> cohorts.finish(cohortId, cohort.getVersion(), consoleUser.actor()), "training.ui.cohortFinished");
    }

    public boolean isDaysMovable() {
        return cohort != null && (cohort.getStatus() == CohortStatus.PLANNED || cohort.getStatus() == CohortStatus.ANNOUNCED)
                && JapaneseCalendar.standard().today().isBefore(cohort.getStartDate());
    }

    public List<CohortDayView> getMovableDays() {
        return days.stream().filter(d -> d.getKind().isMovable()).toList();
    }

    public List<CohortDayView> getAttendedDays() {
        return days.stream().filter(CohortDayView::isAttended).toList();
    }

    // Attendance (T3)

    /** Days whose attendance can be taken: attended days that have come, in a running cohort. */
    public List<CohortDayView> getRecordableDays() {
        if (cohort == null || cohort.getStatus() != CohortStatus.RUNNING) {
            return List.of();
        }
        LocalDate today = JapaneseCalendar.standard().today();
        return getAttendedDays().stream().filter(d -> !d.getFirstDate().isAfter(today)).toList();
    }

    public void prepareAttendance() {
        present = new HashMap<>();
        for (EnrolmentView trainee : gridTrainees) {
            AttendanceView recorded = attendanceDayId == null ? null : attendance.get(cell(trainee.getId(), attendanceDayId));
            present.put(trainee.getId(), recorded == null || recorded.isPresent());
        }
    }

    public void saveAttendance() {
        if (attendanceDayId == null) {
            Messages.error("training.ui.chooseDay");
            return;
        }
        List<AttendanceMark> marks = new ArrayList<>();
        for (EnrolmentView trainee : gridTrainees) {
            AttendanceView recorded = attendance.get(cell(trainee.getId(), attendanceDayId));
            marks.add(new AttendanceMark(trainee.getId(), Boolean.TRUE.equals(present.get(trainee.getId())),
                    recorded == null ? null : recorded.getVersion()));
        }
        try {
            List<AttendanceView> recorded = enrolments.recordAttendance(attendanceDayId, marks, consoleUser.actor());
            long absent = recorded.stream().filter(AttendanceView::isSelfStudyInstead).count();
            Messages.info("training.ui.attendanceRecorded", recorded.size() - absent, absent);
            refresh();
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    /** T3: an absence is shown as "self-study instead"; a day not yet recorded as a dash. */
    public String cellText(long enrolmentId, long dayId) {
        AttendanceView mark = attendance.get(cell(enrolmentId, dayId));
        if (mark == null) {
            return "–";
        }
        return Messages.text(mark.isPresent() ? "training.attendance.present" : "training.attendance.absentSelfStudy");
    }

    public String cellClass(long enrolmentId, long dayId) {
        AttendanceView mark = attendance.get(cell(enrolmentId, dayId));
        return mark == null ? "" : mark.isPresent() ? "bo-present" : "bo-absent";
    }

    // One trainee

    public void select(long enrolmentId) {
        selected = enrolments.find(enrolmentId).orElse(null);
        selectedAssessment = selected == null ? null : enrolments.assessmentOf(enrolmentId).orElse(null);
        selectedEnvironment = selected == null ? null : environment.findByCandidate(selected.getCandidateId()).orElse(null);
    }

    public void recordAssessment() {
        runOnSelected(() -> enrolments.recordAssessment(new AssessmentResult(selected.getId(), selected.getVersion(),
                Boolean.TRUE.equals(assessmentPassed), failReason), consoleUser.actor()), "training.ui.assessmentRecorded");
    }

    public void transfer() {
        runOnSelected(() -> enrolments.transfer(new TransferRequest(selected.getId(), selected.getVersion(),
                transferTo == null ? 0 : transferTo, transferReason, transferApprover), consoleUser.actor()),
                "training.ui.transferred");
    }

    public void startCallTraining() {
        runOnSelected(() -> enrolments.startCallTraining(selected.getId(), selected.getVersion(), callTrainingStart,
                consoleUser.actor()), "training.ui.callTrainingStarted");
    }

    public void completeCallTraining() {
        runOnSelected(() -> enrolments.completeCallTraining(selected.getId(), selected.getVersion(),
                callTrainingCompletion, consoleUser.actor()), "training.ui.callTrainingCompleted");
    }

    /** Announced cohorts that have not started, other than this one: the places a trainee may move to (T3). */
    public List<CohortView> getTransferTargets() {
        LocalDate tomorrow = JapaneseCalendar.standard().today().plusDays(1);
        return cohorts.search(new CohortQuery(CohortStatus.ANNOUNCED, tomorrow, null),
                        new PageRequest(0, 50, "startDate", true)).rows().stream()
                .filter(c -> c.getId() != cohortId).toList();
    }

    public List<LocalDate> getCallTrainingDays() {
        return days.stream().filter(d -> d.getKind() == DayKind.CALL_TRAINING).map(CohortDayView::getFirstDate).toList();
    }

    private void run(Supplier<CohortView> change, String successKey) {
        try {
            CohortView changed = change.get();
            Messages.info(successKey, changed.getId());
            refresh();
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    private void runOnSelected(Supplier<EnrolmentView> change, String successKey) {
        if (selected == null) {
            return;
        }
        try {
            EnrolmentView changed = change.get();
            Messages.info(successKey, changed.getDisplayName());
            selected = changed.getCohortId() == cohortId ? changed : null;
            failReason = null;
            transferReason = null;
            transferApprover = null;
            refresh();
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public CohortView getCohort() { return cohort; }
    public List<CohortDayView> getDays() { return days; }
    public List<EnrolmentView> getGridTrainees() { return gridTrainees; }
    public LazyDataModel<EnrolmentView> getTrainees() { return trainees; }
    public Long getMoveDayId() { return moveDayId; }
    public void setMoveDayId(Long moveDayId) { this.moveDayId = moveDayId; }
    public LocalDate getMoveDate() { return moveDate; }
    public void setMoveDate(LocalDate moveDate) { this.moveDate = moveDate; }
    public Long getAttendanceDayId() { return attendanceDayId; }
    public void setAttendanceDayId(Long attendanceDayId) { this.attendanceDayId = attendanceDayId; }
    public Map<Long, Boolean> getPresent() { return present; }
    public EnrolmentView getSelected() { return selected; }
    public AssessmentView getSelectedAssessment() { return selectedAssessment; }
    public EnvironmentCheckView getSelectedEnvironment() { return selectedEnvironment; }
    public Boolean getAssessmentPassed() { return assessmentPassed; }
    public void setAssessmentPassed(Boolean assessmentPassed) { this.assessmentPassed = assessmentPassed; }
    public String getFailReason() { return failReason; }
    public void setFailReason(String failReason) { this.failReason = failReason; }
    public Long getTransferTo() { return transferTo; }
    public void setTransferTo(Long transferTo) { this.transferTo = transferTo; }
    public String getTransferReason() { return transferReason; }
    public void setTransferReason(String transferReason) { this.transferReason = transferReason; }
    public String getTransferApprover() { return transferApprover; }
    public void setTransferApprover(String transferApprover) { this.transferApprover = transferApprover; }
    public LocalDate getCallTrainingStart() { return callTrainingStart; }
    public void setCallTrainingStart(LocalDate callTrainingStart) { this.callTrainingStart = callTrainingStart; }
    public LocalDate getCallTrainingCompletion() { return callTrainingCompletion; }
    public void setCallTrainingCompletion(LocalDate callTrainingCompletion) { this.callTrainingCompletion = callTrainingCompletion; }

    /** The trainees of this cohort, paged and sorted in SQL. */
    private final class TraineeRows extends LazyDataModel<EnrolmentView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) enrolments.searchByCohort(cohortId, null, PageRequest.first(1)).totalCount();
        }

        @Override
        public List<EnrolmentView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return enrolments.searchByCohort(cohortId, null, new PageRequest(first, pageSize,
                    sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING)).rows();
        }

        @Override
        public String getRowKey(EnrolmentView enrolment) {
            return String.valueOf(enrolment.getId());
        }
    }
}
