package jp.hometech.recruitment.internal.rules;

import jp.hometech.recruitment.internal.screening.QualificationClaim;
import jp.hometech.recruitment.internal.screening.ScreeningInput;
import jp.hometech.recruitment.internal.screening.WorkPeriod;

import java.time.LocalDate;
import java.util.List;

/** An application form that passed input validation, normalized (trimmed, email lower-cased, phone digits only). */
public record ValidApplication(String nameKanji, String nameKana, LocalDate birthDate, String email, String phone,
                               String address, boolean enrolledInHighSchool, List<HeldQualification> qualifications,
                               List<WorkPeriodEntry> supportWork, boolean selfDeclaredKnowledge, boolean hasInternetPc,
                               boolean obligationsAcknowledged, String preferredLanguage, LocalDate applicationDate) {

    public record HeldQualification(QualificationRef qualification, LocalDate obtainedOn) {
    }

    public record WorkPeriodEntry(LocalDate startedOn, LocalDate endedOn, String description) {
    }

    public ScreeningInput screeningInput() {
        return new ScreeningInput(applicationDate, birthDate, enrolledInHighSchool,
                qualifications.stream().map(c -> new QualificationClaim(c.qualification().code(), c.qualification().nameJa(),
                        c.qualification().qualifying())).toList(),
                supportWork.stream().map(p -> new WorkPeriod(p.startedOn(), p.endedOn())).toList(),
                selfDeclaredKnowledge, hasInternetPc, obligationsAcknowledged);
    }
}
