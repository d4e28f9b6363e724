package jp.hometech.training.internal.environment;

import jp.hometech.training.api.EnvironmentFinding;
import jp.hometech.training.api.EnvironmentFinding.Severity;
import jp.hometech.training.api.EnvironmentSelfCheck;
import jp.hometech.training.api.InternetType;
import jp.hometech.training.api.LineServiceView;
import jp.hometech.training.api.PcOsView;
import jp.hometech.training.api.PcRequirementView;
import jp.hometech.training.internal.phone.FixedLineNumberRule;
import jp.hometech.training.internal.phone.PhoneNumberCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * E1–E7 applied to a trainee's self-check. Every finding is returned at once, so the trainee can fix all of
 * them in one go. What the trainee cannot prove in a form (the room is really quiet, the line really has
 * no prohibited service) is for staff to verify afterwards.
 */
public final class EnvironmentRules {

    private final FixedLineNumberRule phoneRule;

    public EnvironmentRules(FixedLineNumberRule phoneRule) {
        this.phoneRule = Objects.requireNonNull(phoneRule, "phoneRule");
    }

    public PhoneNumberCheck checkPhoneNumber(String phoneNumber) {
        return phoneRule.check(phoneNumber);
    }

    public List<EnvironmentFinding> evaluate(EnvironmentSelfCheck check, EnvironmentReference reference) {
        List<EnvironmentFinding> findings = new ArrayList<>();
        if (!check.privateQuietRoom()) {
            findings.add(refused("E1", "training.environment.privateRoomRequired"));
        }
        if (!check.phoneWiredInRoom()) {
            findings.add(refused("E2", "training.environment.phoneNotWired"));
        }
        if (!check.internetWiredToPc()) {
            findings.add(refused("E2", "training.environment.internetNotWired"));
        }
        phoneLine(check, reference, findings);
        lineReadyDate(check, reference, findings);
        internet(check.internetType(), findings);
        pc(check, reference, findings);
        return List.copyOf(findings);
    }

    public static boolean anyRefused(List<EnvironmentFinding> findings) {
        return findings.stream().anyMatch(EnvironmentFinding::isRefused);
    }

    private void phoneLine(EnvironmentSelfCheck check, EnvironmentReference reference, List<EnvironmentFinding> findings) {
        PhoneNumberCheck number = phoneRule.check(check.phoneNumber());
        if (!number.accepted()) {
            findings.add(refused("E3", number.kind().messageKey(), check.phoneNumber() == null ? "" : check.phoneNumber().strip()));
        }
        check.lineServiceCodes().stream().sorted().forEach(code -> {
            LineServiceView service = reference.lineServices().get(code);
            if (service == null) {
                findings.add(refused("E3", "training.environment.unknownLineService", code));
            } else if (service.isProhibited()) {
                findings.add(refused("E3", "training.environment.prohibitedLineService", service.getNameJa(), service.getNameEn()));
            }
        });
    }

    private static void lineReadyDate(EnvironmentSelfCheck check, EnvironmentReference reference,
                                      List<EnvironmentFinding> findings) {
        if (check.lineReadyOn() == null) {
            findings.add(refused("E4", "training.environment.lineReadyDateRequired"));
        } else if (check.lineReadyOn().isAfter(reference.lineReadyDeadline())) {
            findings.add(refused("E4", "training.environment.lineReadyTooLate", check.lineReadyOn(), reference.lineReadyDeadline()));
        } else if (check.lineReadyOn().isAfter(reference.trainingStart())) {
            findings.add(advice("E4", "training.environment.lineReadyAfterStart", check.lineReadyOn(), reference.trainingStart()));
        }
    }

    private static void internet(InternetType type, List<EnvironmentFinding> findings) {
        if (type == null) {
            findings.add(refused("E6", "training.environment.internetTypeRequired"));
        } else if (type.isWireless()) {
            findings.add(refused("E6", "training.environment.wirelessInternet", type.name()));
        } else if (type != InternetType.FIBRE) {
            findings.add(advice("E6", "training.environment.fibreRecommended", type.name()));
        }
    }

    private static void pc(EnvironmentSelfCheck check, EnvironmentReference reference, List<EnvironmentFinding> findings) {
        if (!check.ownPc()) {
            findings.add(refused("E7", "training.environment.pcNotOwn"));
        }
        PcOsView os = check.pcOsCode() == null ? null : reference.operatingSystems().get(check.pcOsCode());
        if (os == null || !os.isWindows()) {
            findings.add(refused("E7", "training.environment.pcNotWindows", os == null ? "" : os.getName()));
        } else if (!os.isAccepted()) {
            findings.add(refused("E7", "training.environment.pcOsNotSupported", os.getName()));
        }
        PcRequirementView minimum = reference.pcRequirement();
        if (check.pcRamGb() < minimum.getMinRamGb()) {
            findings.add(refused("E7", "training.environment.pcRamTooSmall", check.pcRamGb(), minimum.getMinRamGb()));
        }
        if (check.pcCpuCores() < minimum.getMinCpuCores()) {
            findings.add(refused("E7", "training.environment.pcCpuTooSmall", check.pcCpuCores(), minimum.getMinCpuCores()));
        }
        if (check.pcFreeStorageGb() < minimum.getMinFreeStorageGb()) {
            findings.add(refused("E7", "training.environment.pcStorageTooSmall", check.pcFreeStorageGb(),
                    minimum.getMinFreeStorageGb()));
        }
    }

    private static EnvironmentFinding refused(String rule, String key, Object... args) {
        return new EnvironmentFinding(rule, Severity.REFUSED, key, args);
    }

    private static EnvironmentFinding advice(String rule, String key, Object... args) {
        return new EnvironmentFinding(rule, Severity.ADVICE, key, args);
    }
}
