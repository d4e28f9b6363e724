package jp.hometech.recruitment.internal.screening;

import java.time.LocalDate;
import java.util.List;

public record ScreeningInput(LocalDate applicationDate, LocalDate birthDate, boolean enrolledInHighSchool,
                             List<QualificationClaim> qualifications, List<WorkPeriod> supportWork,
                             boolean selfDeclaredKnowledge, boolean hasInternetPc, boolean obligationsAcknowledged) {

    public ScreeningInput {
        qualifications = List.copyOf(qualifications);
        supportWork = List.copyOf(supportWork);
    }
}
