package jp.hometech.recruitment.internal.screening;

import jp.hometech.recruitment.api.QualificationRoute;
import jp.hometech.recruitment.api.ScreeningDecision;
import jp.hometech.recruitment.api.ScreeningRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static jp.hometech.recruitment.api.RuleOutcome.FAILED;
import static jp.hometech.recruitment.api.RuleOutcome.NOT_APPLICABLE;
import static jp.hometech.recruitment.api.RuleOutcome.PASSED;
import static jp.hometech.recruitment.api.RuleOutcome.TO_CONFIRM;
import static jp.hometech.recruitment.api.ScreeningRule.R1;
import static jp.hometech.recruitment.api.ScreeningRule.R2;
import static jp.hometech.recruitment.api.ScreeningRule.R3;
import static jp.hometech.recruitment.api.ScreeningRule.R4;
import static jp.hometech.recruitment.api.ScreeningRule.R4A;
import static jp.hometech.recruitment.api.ScreeningRule.R4B;
import static jp.hometech.recruitment.api.ScreeningRule.R4C;
import static jp.hometech.recruitment.api.ScreeningRule.R5;
import static jp.hometech.recruitment.api.ScreeningRule.R6;

/**
 * The screening of DOMAIN R1–R6. Every rule is evaluated, even after one has failed, so staff see the whole
 * picture (R8); the decision names the first failed rule in the order R1, R2, R4, R5, R6, or, for an invitation,
 * the R4 route that qualified.
 */
public final class ScreeningEngine {

    private static final List<ScreeningRule> REJECTING_RULES = List.of(R1, R2, R4, R5, R6);

    public ScreeningReport screen(ScreeningInput input) {
        LocalDate date = input.applicationDate();
        int age = Ages.ageOn(input.birthDate(), date);
        boolean minor = age < Ages.AGE_OF_MAJORITY;

        List<RuleResult> results = new ArrayList<>();
        results.add(minimumAge(input, age));
        results.add(highSchool(input, age, minor));
        results.add(parentalConsent(minor));
        RuleResult qualification = qualification(input);
        RuleResult supportWork = supportWork(input);
        boolean qualifiedOtherwise = qualification.outcome() == PASSED || supportWork.outcome() == PASSED;
        RuleResult selfDeclaration = selfDeclaration(input, qualifiedOtherwise);
        results.add(qualification);
        results.add(supportWork);
        results.add(selfDeclaration);
        QualificationRoute route = qualification.outcome() == PASSED ? QualificationRoute.QUALIFICATION
                : supportWork.outcome() == PASSED ? QualificationRoute.SUPPORT_WORK
                : selfDeclaration.outcome() == TO_CONFIRM ? QualificationRoute.SELF_DECLARATION
                : QualificationRoute.NONE;
        results.add(qualification(route));
        results.add(input.hasInternetPc() ? RuleResult.of(R5, PASSED, "passed") : RuleResult.of(R5, FAILED, "failed"));
        results.add(input.obligationsAcknowledged() ? RuleResult.of(R6, PASSED, "passed")
                : RuleResult.of(R6, FAILED, "failed"));

        Optional<ScreeningRule> firstFailed = REJECTING_RULES.stream()
                .filter(rule -> results.stream().anyMatch(r -> r.rule() == rule && r.outcome() == FAILED))
                .findFirst();
        if (firstFailed.isPresent()) {
            return new ScreeningReport(results, ScreeningDecision.REJECTED, firstFailed.get(), route, age, minor);
        }
        ScreeningRule decidingRoute = switch (route) {
            case QUALIFICATION -> R4A;
            case SUPPORT_WORK -> R4B;
            case SELF_DECLARATION -> R4C;
            case NONE -> throw new IllegalStateException("R4 passed without a route");
        };
        return new ScreeningReport(results, ScreeningDecision.INVITED_TO_INTERVIEW, decidingRoute, route, age, minor);
    }

    private static RuleResult minimumAge(ScreeningInput input, int age) {
        if (age >= Ages.MINIMUM_APPLICATION_AGE) {
            return RuleResult.of(R1, PASSED, "passed", age, input.applicationDate());
        }
        return RuleResult.of(R1, FAILED, "failed", age, input.applicationDate(),
                Ages.dayReaching(input.birthDate(), Ages.MINIMUM_APPLICATION_AGE));
    }

    private static RuleResult highSchool(ScreeningInput input, int age, boolean minor) {
        if (!minor) {
            return RuleResult.of(R2, NOT_APPLICABLE, "adult", age);
        }
        return input.enrolledInHighSchool() ? RuleResult.of(R2, FAILED, "failed", age)
                : RuleResult.of(R2, PASSED, "passed", age);
    }

    private static RuleResult parentalConsent(boolean minor) {
        return minor ? RuleResult.of(R3, TO_CONFIRM, "consentRequired") : RuleResult.of(R3, NOT_APPLICABLE, "adult");
    }

    private static RuleResult qualification(ScreeningInput input) {
        if (input.qualifications().isEmpty()) {
            return RuleResult.of(R4A, NOT_APPLICABLE, "notClaimed");
        }
        List<QualificationClaim> qualifying = input.qualifications().stream().filter(QualificationClaim::qualifying).toList();
        if (!qualifying.isEmpty()) {
            return RuleResult.of(R4A, PASSED, "passed", names(qualifying));
        }
        return RuleResult.of(R4A, FAILED, "notQualifying", names(input.qualifications()));
    }

    private static RuleResult supportWork(ScreeningInput input) {
        LocalDate date = input.applicationDate();
        if (input.supportWork().isEmpty()) {
            return RuleResult.of(R4B, NOT_APPLICABLE, "notClaimed");
        }
        Optional<SupportWorkRule.Stretch> qualifying = SupportWorkRule.qualifying(input.supportWork(), date);
        if (qualifying.isPresent()) {
            SupportWorkRule.Stretch s = qualifying.get();
            return s.ongoing() ? RuleResult.of(R4B, PASSED, "passedOngoing", s.months(), s.start())
                    : RuleResult.of(R4B, PASSED, "passed", s.months(), s.start(), s.end());
        }
        List<SupportWorkRule.Stretch> stretches = SupportWorkRule.stretches(input.supportWork(), date);
        LocalDate earliestEnd = SupportWorkRule.earliestQualifyingEnd(date);
        Optional<SupportWorkRule.Stretch> longEnoughButOld = stretches.stream()
                .filter(s -> s.months() >= SupportWorkRule.REQUIRED_MONTHS)
                .max(Comparator.comparing(SupportWorkRule.Stretch::end));
        if (longEnoughButOld.isPresent()) {
            return RuleResult.of(R4B, FAILED, "endedTooLongAgo", longEnoughButOld.get().end(), earliestEnd);
        }
        long longest = stretches.stream().mapToLong(SupportWorkRule.Stretch::months).max().orElse(0);
        return RuleResult.of(R4B, FAILED, "tooShort", longest, SupportWorkRule.REQUIRED_MONTHS);
    }

    private static RuleResult selfDeclaration(ScreeningInput input, boolean qualifiedOtherwise) {
        if (!input.selfDeclaredKnowledge()) {
            return RuleResult.of(R4C, NOT_APPLICABLE, "notClaimed");
        }
        return qualifiedOtherwise ? RuleResult.of(R4C, NOT_APPLICABLE, "notNeeded")
                : RuleResult.of(R4C, TO_CONFIRM, "toConfirm");
    }

    private static RuleResult qualification(QualificationRoute route) {
        return switch (route) {
            case QUALIFICATION -> RuleResult.of(R4, PASSED, "passed", R4A.getId());
            case SUPPORT_WORK -> RuleResult.of(R4, PASSED, "passed", R4B.getId());
            case SELF_DECLARATION -> RuleResult.of(R4, TO_CONFIRM, "toConfirm");
            case NONE -> RuleResult.of(R4, FAILED, "failed");
        };
    }

    private static String names(List<QualificationClaim> qualifications) {
        return qualifications.stream().map(QualificationClaim::name).collect(Collectors.joining("、"));
    }

    /** Outcome of R4c once the interviewer has gone through the checklist. */
    public static RuleResult confirmedAtInterview(boolean allTopicsConfirmed, int confirmed, int total) {
        return allTopicsConfirmed ? RuleResult.of(R4C, PASSED, "confirmedAtInterview", confirmed, total)
                : RuleResult.of(R4C, FAILED, "notConfirmedAtInterview", confirmed, total);
    }

    /** Outcome of R4 once R4c was settled at the interview, for an applicant whose only route was R4c. */
    public static RuleResult qualificationAfterInterview(boolean r4cConfirmed) {
        return r4cConfirmed ? RuleResult.of(R4, PASSED, "passed", R4C.getId())
                : RuleResult.of(R4, FAILED, "failed");
    }
}
