package jp.hometech.recruitment.internal.screening;

import java.time.LocalDate;
import java.util.List;

public record ScreeningInput(LocalDate applicationDate, LocalDate birthDate, boolean enrolledInHighSchool,
                             List<CertificateClaim> certificates, List<WorkPeriod> supportWork,
                             boolean selfDeclaredKnowledge, boolean hasInternetPc, boolean obligationsAcknowledged) {

    public ScreeningInput {
        certificates = List.copyOf(certificates);
        supportWork = List.copyOf(supportWork);
    }
}
