package jp.hometech.training.api;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusRulesTest {

    @Test
    void aCandidateIsInTrainingWhileEnrolledPassedOrInCallTraining() {
        assertEquals(EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.PASSED_ASSESSMENT, EnrolmentStatus.CALL_TRAINING),
                EnrolmentStatus.active());
        assertFalse(EnrolmentStatus.COMPLETED.isActive());
        assertFalse(EnrolmentStatus.FAILED.isActive());
    }

    @Test
    void everyoneButTheTransferredAndTheWithdrawnKeepsTheirSeat_T3() {
        for (EnrolmentStatus status : EnrolmentStatus.values()) {
            assertEquals(status != EnrolmentStatus.TRANSFERRED_OUT && status != EnrolmentStatus.WITHDRAWN,
                    status.occupiesSeat(), status::name);
        }
    }

    @Test
    void attendanceIsRecordedForGroupAssessmentAndCallTrainingDays_T3() {
        Set<DayKind> attended = EnumSet.noneOf(DayKind.class);
        for (DayKind kind : DayKind.values()) {
            if (kind.isAttended()) {
                attended.add(kind);
            }
        }
        assertEquals(EnumSet.of(DayKind.GROUP, DayKind.ASSESSMENT, DayKind.CALL_TRAINING), attended);
        assertFalse(DayKind.SELF_STUDY.isMovable());
        assertTrue(DayKind.WORK_START.isMovable());
    }

    @Test
    void onlyRouterAndMobileInternetAreWireless_E6() {
        for (InternetType type : InternetType.values()) {
            assertEquals(type == InternetType.WIRELESS_ROUTER || type == InternetType.MOBILE, type.isWireless(), type::name);
        }
    }

    @Test
    void phasesAreNumberedAsInT1() {
        int expected = 1;
        for (TrainingPhase phase : TrainingPhase.values()) {
            assertEquals(expected++, phase.number());
        }
    }
}
