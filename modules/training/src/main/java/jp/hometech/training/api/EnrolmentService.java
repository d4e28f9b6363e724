package jp.hometech.training.api;

import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.security.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Trainees in cohorts: enrolment, attendance, transfers, assessment and call training (T1, T3, T4). */
public interface EnrolmentService {

    /**
     * Into an ANNOUNCED cohort with room; a candidate has one active enrolment at a time. The capacity holds
     * when two staff take the last seat at once: the cohort row is locked while the seats are counted.
     */
    EnrolmentView enrol(NewEnrolment request, Actor actor);

    Optional<EnrolmentView> find(long enrolmentId);

    Optional<EnrolmentView> findActiveByCandidate(long candidateId);

    /** The trainee's current enrolment for the portal, by platform account id: the active one, else the latest one. */
    Optional<EnrolmentView> findLatestByAccount(long accountId);

    /** Paged in SQL; sort fields: displayName (default), status, enrolledAt. {@code status} null for all. */
    Page<EnrolmentView> searchByCohort(long cohortId, EnrolmentStatus status, PageRequest page);

    /** Every attendance record of the cohort's trainees, for the attendance grid. */
    List<AttendanceView> attendanceOfCohort(long cohortId);

    List<AttendanceView> attendanceOf(long enrolmentId);

    /** Records (or corrects) attendance on an attended day that has come; an absence means self-study instead (T3). */
    List<AttendanceView> recordAttendance(long cohortDayId, List<AttendanceMark> marks, Actor actor);

    /** T3: returns the new enrolment in the target cohort; the old one becomes TRANSFERRED_OUT. */
    EnrolmentView transfer(TransferRequest request, Actor actor);

    List<TransferView> transfersOf(long candidateId);

    EnrolmentView recordAssessment(AssessmentResult result, Actor actor);

    Optional<AssessmentView> assessmentOf(long enrolmentId);

    /**
     * T4: only after a pass and once the trainee's work environment is verified; {@code startedOn} is one of the
     * cohort's call-training days. Publishes {@link jp.hometech.training.api.event.CallTrainingStarted}.
     */
    EnrolmentView startCallTraining(long enrolmentId, long expectedVersion, LocalDate startedOn, Actor actor);

    /** Sets the work-start date and publishes {@link jp.hometech.training.api.event.CallTrainingCompleted}. */
    EnrolmentView completeCallTraining(long enrolmentId, long expectedVersion, LocalDate completedOn, Actor actor);
}
