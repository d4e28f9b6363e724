package jp.hometech.certificates.internal;

import jp.hometech.certificates.api.CertificatePurpose;
import jp.hometech.certificates.api.VerificationOutcome;
import jp.hometech.recruitment.api.ContractStatus;
import jp.hometech.recruitment.api.ContractView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerificationOutcomeTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 2);

    @Test
    void aCertificateOfAContractInForceIsValid_C4() {
        assertEquals(VerificationOutcome.VALID, DefaultVerificationService.outcome(certificate(null),
                Optional.of(contract(ContractStatus.ACTIVE, null)), ISSUED.plusDays(30)));
        assertEquals(VerificationOutcome.VALID, DefaultVerificationService.outcome(certificate(null),
                Optional.of(contract(ContractStatus.SUSPENDED, null)), ISSUED.plusDays(30)));
    }

    @Test
    void aReissueSupersedesEvenWhenTheContractEndedToo_C4() {
        IssuedCertificate superseded = certificate(null);
        superseded.supersede(99L, Instant.parse("2026-12-03T00:00:00Z"));

        assertEquals(VerificationOutcome.SUPERSEDED, DefaultVerificationService.outcome(superseded,
                Optional.of(contract(ContractStatus.ENDED, ISSUED.plusDays(5))), ISSUED.plusDays(30)));
    }

    @Test
    void theContractHasEndedSinceOnceItsEndDateHasPassed_C4() {
        LocalDate end = ISSUED.plusDays(20);
        Optional<ContractView> ended = Optional.of(contract(ContractStatus.ENDED, end));

        assertEquals(VerificationOutcome.VALID, DefaultVerificationService.outcome(certificate(null), ended, end));
        assertEquals(VerificationOutcome.CONTRACT_ENDED, DefaultVerificationService.outcome(certificate(null), ended, end.plusDays(1)));
        assertEquals(VerificationOutcome.CONTRACT_ENDED,
                DefaultVerificationService.outcome(certificate(end), ended, end.plusDays(1)), "it said the end was to come");
    }

    @Test
    void aCertificateThatAlreadySaidTheContractHadEndedStaysValid_C4() {
        LocalDate end = ISSUED.minusDays(40);

        assertEquals(VerificationOutcome.VALID, DefaultVerificationService.outcome(certificate(end),
                Optional.of(contract(ContractStatus.ENDED, end)), ISSUED.plusDays(60)));
    }

    private static IssuedCertificate certificate(LocalDate printedEnd) {
        return new IssuedCertificate("BC-2026-000001", "0".repeat(64), 7L, 3L, "HT2025-00042", "山田 花子", ISSUED,
                Instant.parse("2026-12-02T01:00:00Z"), "hanako", false, CertificatePurpose.NURSERY, null, null,
                printedEnd, "{}", "a".repeat(64), "b".repeat(64), null);
    }

    private static ContractView contract(ContractStatus status, LocalDate end) {
        return new ContractView(3L, "HT2025-00042", 11L, "山田 花子", "ヤマダ ハナコ", LocalDate.of(2025, 4, 1), end, status,
                false, "hanako", Instant.parse("2025-03-01T00:00:00Z"), null, 1L);
    }
}
