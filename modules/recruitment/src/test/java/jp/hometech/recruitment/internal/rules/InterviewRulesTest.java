package jp.hometech.recruitment.internal.rules;

import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.recruitment.api.InterviewDevice;
import jp.hometech.recruitment.api.R4cTopic;
import jp.hometech.recruitment.api.SlotBatch;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterviewRulesTest {

    private static final Instant NOW = ZonedDateTime.of(2025, 6, 15, 9, 0, 0, 0, JapaneseCalendar.ZONE).toInstant();

    private static String refusal(org.junit.jupiter.api.function.Executable executable) {
        return assertThrows(BusinessException.class, executable).messageKey();
    }

    @Test
    void refusesTabletAloneWithoutSeparateTelephone_R7() {
        assertEquals("recruitment.booking.mobileDeviceAlone", refusal(() -> InterviewDeviceRule.check(InterviewDevice.TABLET, false)));
    }

    @Test
    void refusesSmartphoneAloneWithoutSeparateTelephone_R7() {
        assertEquals("recruitment.booking.mobileDeviceAlone", refusal(() -> InterviewDeviceRule.check(InterviewDevice.SMARTPHONE, false)));
    }

    @Test
    void acceptsMobileDeviceWithSeparateTelephone_R7() {
        assertDoesNotThrow(() -> InterviewDeviceRule.check(InterviewDevice.SMARTPHONE, true));
        assertDoesNotThrow(() -> InterviewDeviceRule.check(InterviewDevice.TABLET, true));
    }

    @Test
    void pcWithCameraStillNeedsATelephoneAsAudioFallback_R7() {
        assertDoesNotThrow(() -> InterviewDeviceRule.check(InterviewDevice.PC_WITH_CAMERA, true));
        assertEquals("recruitment.booking.telephoneRequired", refusal(() -> InterviewDeviceRule.check(InterviewDevice.PC_WITH_CAMERA, false)));
    }

    @Test
    void refusesBookingWithoutDevice_R7() {
        assertEquals("recruitment.booking.deviceRequired", refusal(() -> InterviewDeviceRule.check(null, true)));
    }

    @Test
    void plansEveryDateTimesEveryStartTimeInJapanTime() {
        List<SlotPlanner.PlannedSlot> slots = SlotPlanner.plan(new SlotBatch(
                List.of(LocalDate.of(2025, 6, 17), LocalDate.of(2025, 6, 16)),
                List.of(LocalTime.of(14, 0), LocalTime.of(10, 0)), 45, "面接官", 2), NOW);
        assertEquals(4, slots.size());
        assertEquals(ZonedDateTime.of(2025, 6, 16, 10, 0, 0, 0, JapaneseCalendar.ZONE).toInstant(), slots.get(0).startsAt());
        assertEquals(slots.get(0).startsAt().plusSeconds(45 * 60), slots.get(0).endsAt());
    }

    @Test
    void refusesSlotsInThePast() {
        assertEquals("recruitment.slot.inThePast", refusal(() -> SlotPlanner.plan(new SlotBatch(
                List.of(LocalDate.of(2025, 6, 15)), List.of(LocalTime.of(9, 0)), 30, "面接官", 1), NOW)));
    }

    @Test
    void refusesOverlappingStartTimesInOneBatch() {
        assertEquals("recruitment.slot.overlap", refusal(() -> SlotPlanner.plan(new SlotBatch(
                List.of(LocalDate.of(2025, 6, 16)), List.of(LocalTime.of(10, 0), LocalTime.of(10, 30)), 45, "面接官", 1), NOW)));
    }

    @Test
    void refusesCapacityBelowOne() {
        assertEquals("recruitment.slot.capacityRange", refusal(() -> SlotPlanner.plan(new SlotBatch(
                List.of(LocalDate.of(2025, 6, 16)), List.of(LocalTime.of(10, 0)), 45, "面接官", 0), NOW)));
    }

    @Test
    void refusesBatchWithoutInterviewerOrTimes() {
        assertEquals("recruitment.slot.interviewerRequired", refusal(() -> SlotPlanner.plan(new SlotBatch(
                List.of(LocalDate.of(2025, 6, 16)), List.of(LocalTime.of(10, 0)), 45, " ", 1), NOW)));
        assertEquals("recruitment.slot.datesAndTimesRequired", refusal(() -> SlotPlanner.plan(new SlotBatch(
                List.of(LocalDate.of(2025, 6, 16)), List.of(), 45, "面接官", 1), NOW)));
    }

    @Test
    void r4cHoldsOnlyWhenEveryTopicIsConfirmed_R4c() {
        InterviewChecklist all = InterviewChecklist.of(EnumSet.allOf(R4cTopic.class));
        assertTrue(all.allConfirmed());
        assertEquals(8, all.confirmedCount());
        EnumSet<R4cTopic> allButOne = EnumSet.allOf(R4cTopic.class);
        allButOne.remove(R4cTopic.UNINSTALL_AND_FORCE_QUIT_RISKS);
        InterviewChecklist seven = InterviewChecklist.of(allButOne);
        assertFalse(seven.allConfirmed());
        assertEquals(Boolean.FALSE, seven.topics().get(R4cTopic.UNINSTALL_AND_FORCE_QUIT_RISKS));
    }

    @Test
    void recordsEveryTopicEvenWhenNoneIsConfirmed_R4c() {
        InterviewChecklist none = InterviewChecklist.of(Set.of());
        assertEquals(8, none.topics().size());
        assertEquals(0, none.confirmedCount());
        assertEquals(8, InterviewChecklist.total());
    }
}
