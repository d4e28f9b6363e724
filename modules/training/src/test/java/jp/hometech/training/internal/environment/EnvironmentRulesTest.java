package jp.hometech.training.internal.environment;

import jp.hometech.training.api.EnvironmentFinding;
import jp.hometech.training.api.EnvironmentSelfCheck;
import jp.hometech.training.api.InternetType;
import jp.hometech.training.api.LineServiceView;
import jp.hometech.training.api.PcOsView;
import jp.hometech.training.api.PcRequirementView;
import jp.hometech.training.internal.phone.FixedLineNumberRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnvironmentRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 27);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 27);

    private final EnvironmentRules rules = new EnvironmentRules(new FixedLineNumberRule());
    private final EnvironmentReference reference = new EnvironmentReference(
            Map.of("NUMBER_DISPLAY", new LineServiceView("NUMBER_DISPLAY", "ナンバー・ディスプレイ", "Caller ID display", false),
                    "CALL_WAITING", new LineServiceView("CALL_WAITING", "キャッチホン", "Call waiting", true)),
            Map.of("WINDOWS_11", new PcOsView("WINDOWS_11", "Windows 11", true, true),
                    "WINDOWS_10", new PcOsView("WINDOWS_10", "Windows 10", true, false),
                    "MACOS", new PcOsView("MACOS", "macOS", false, false)),
            new PcRequirementView(LocalDate.of(2025, 10, 14), 8, 2, 20), START, DEADLINE);

    /** A self-check meeting every rule; each test changes one answer. */
    private static final class SelfCheckBuilder {
        boolean room = true;
        boolean phoneWired = true;
        boolean internetWired = true;
        String number = "03-1234-5678";
        Set<String> services = Set.of("NUMBER_DISPLAY");
        LocalDate lineReadyOn = START.minusDays(7);
        InternetType internet = InternetType.FIBRE;
        boolean ownPc = true;
        String os = "WINDOWS_11";
        int ramGb = 16;
        int cores = 4;
        int storageGb = 100;

        EnvironmentSelfCheck build() {
            return new EnvironmentSelfCheck(room, phoneWired, internetWired, number, services, lineReadyOn, internet,
                    ownPc, os, ramGb, cores, "Intel Core i5", storageGb);
        }
    }

    private List<EnvironmentFinding> evaluate(SelfCheckBuilder builder) {
        return rules.evaluate(builder.build(), reference);
    }

    private static List<String> keys(List<EnvironmentFinding> findings) {
        return findings.stream().map(EnvironmentFinding::getMessageKey).toList();
    }

    @Test
    void aSelfCheckMeetingEveryRuleHasNoFinding_E1_E7() {
        assertEquals(List.of(), evaluate(new SelfCheckBuilder()));
    }

    @Test
    void refusesWithoutAPrivateQuietRoom_E1() {
        SelfCheckBuilder check = new SelfCheckBuilder();
        check.room = false;

        List<EnvironmentFinding> findings = evaluate(check);

        assertEquals(List.of("training.environment.privateRoomRequired"), keys(findings));
        assertEquals("E1", findings.get(0).getRuleId());
        assertTrue(EnvironmentRules.anyRefused(findings));
    }

    @Test
    void refusesLinesNotWiredToTheRoom_E2() {
        SelfCheckBuilder check = new SelfCheckBuilder();
        check.phoneWired = false;
        check.internetWired = false;

        assertEquals(List.of("training.environment.phoneNotWired", "training.environment.internetNotWired"),
                keys(evaluate(check)));
    }

    @Test
    void refusesAMobileNumberSayingItIsAMobileNumber_E3() {
        SelfCheckBuilder check = new SelfCheckBuilder();
        check.number = "090-1234-5678";

        List<EnvironmentFinding> findings = evaluate(check);

        assertEquals(List.of("training.phone.mobile"), keys(findings));
        assertEquals(List.of("090-1234-5678"), findings.get(0).getArguments());
    }

    @Test
    void refusesAProhibitedLineServiceNamingIt_E3() {
        SelfCheckBuilder check = new SelfCheckBuilder();
        check.services = Set.of("NUMBER_DISPLAY", "CALL_WAITING");

        List<EnvironmentFinding> findings = evaluate(check);

        assertEquals(List.of("training.environment.prohibitedLineService"), keys(findings));
        assertEquals(List.of("キャッチホン", "Call waiting"), findings.get(0).getArguments());
    }

    @Test
    void refusesALineServiceMissingFromTheReferenceData_E3() {
        SelfCheckBuilder check = new SelfCheckBuilder();
        check.services = Set.of("SOMETHING_ELSE");

        assertEquals(List.of("training.environment.unknownLineService"), keys(evaluate(check)));
    }

    @Test
    void advisesWhenTheLineIsReadyOnlyAfterTheTrainingStart_E4() {
        SelfCheckBuilder check = new SelfCheckBuilder();
        check.lineReadyOn = START.plusDays(5);

        List<EnvironmentFinding> findings = evaluate(check);

        assertEquals(List.of("training.environment.lineReadyAfterStart"), keys(findings));
        assertFalse(EnvironmentRules.anyRefused(findings));
    }

    @Test
    void acceptsALineReadyOnTheDeadlineButRefusesOneReadyLater_E4() {
        SelfCheckBuilder onDeadline = new SelfCheckBuilder();
        onDeadline.lineReadyOn = DEADLINE;
        SelfCheckBuilder late = new SelfCheckBuilder();
        late.lineReadyOn = DEADLINE.plusDays(1);
        SelfCheckBuilder unknown = new SelfCheckBuilder();
        unknown.lineReadyOn = null;

        assertFalse(EnvironmentRules.anyRefused(evaluate(onDeadline)));
        assertEquals(List.of("training.environment.lineReadyTooLate"), keys(evaluate(late)));
        assertEquals(List.of("training.environment.lineReadyDateRequired"), keys(evaluate(unknown)));
    }

    @ParameterizedTest
    @EnumSource(value = InternetType.class, names = {"WIRELESS_ROUTER", "MOBILE"})
    void refusesInternetDeliveredWirelessly_E6(InternetType type) {
        SelfCheckBuilder check = new SelfCheckBuilder();
        check.internet = type;

        assertEquals(List.of("training.environment.wirelessInternet"), keys(evaluate(check)));
    }

    @ParameterizedTest
    @EnumSource(value = InternetType.class, names = {"CABLE", "DSL"})
    void acceptsWiredInternetOtherThanFibreWithAdvice_E6(InternetType type) {
        SelfCheckBuilder check = new SelfCheckBuilder();
        check.internet = type;

        List<EnvironmentFinding> findings = evaluate(check);

        assertEquals(List.of("training.environment.fibreRecommended"), keys(findings));
        assertFalse(EnvironmentRules.anyRefused(findings));
    }

    @Test
    void refusesAPcThatDoesNotRunWindows_E7() {
        SelfCheckBuilder mac = new SelfCheckBuilder();
        mac.os = "MACOS";
        SelfCheckBuilder unknown = new SelfCheckBuilder();
        unknown.os = null;

        assertEquals(List.of("training.environment.pcNotWindows"), keys(evaluate(mac)));
        assertEquals(List.of("training.environment.pcNotWindows"), keys(evaluate(unknown)));
    }

    @Test
    void refusesAWindowsVersionTheReferenceDataNoLongerAccepts_E7() {
        SelfCheckBuilder check = new SelfCheckBuilder();
        check.os = "WINDOWS_10";

        assertEquals(List.of("training.environment.pcOsNotSupported"), keys(evaluate(check)));
    }

    @Test
    void refusesAPcBelowTheRequiredSpecificationOrNotTheTraineesOwn_E7() {
        SelfCheckBuilder check = new SelfCheckBuilder();
        check.ownPc = false;
        check.ramGb = 4;
        check.cores = 1;
        check.storageGb = 10;

        List<EnvironmentFinding> findings = evaluate(check);

        assertEquals(List.of("training.environment.pcNotOwn", "training.environment.pcRamTooSmall",
                "training.environment.pcCpuTooSmall", "training.environment.pcStorageTooSmall"), keys(findings));
        assertEquals(List.of(4, 8), findings.get(1).getArguments());
    }

    @Test
    void reportsEveryProblemAtOnce_E1_E7() {
        SelfCheckBuilder check = new SelfCheckBuilder();
        check.room = false;
        check.number = "050-1234-5678";
        check.internet = InternetType.MOBILE;
        check.os = "MACOS";

        assertEquals(List.of("E1", "E3", "E6", "E7"), evaluate(check).stream().map(EnvironmentFinding::getRuleId).toList());
    }
}
