package jp.hometech.recruitment.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person enters on the public application page.
 *
 * @param qualifications         R4a claims; codes of the qualification reference data
 * @param supportWork          R4b claims
 * @param selfDeclaredKnowledge R4c: the applicant declares they can explain every topic of {@link R4cTopic}
 * @param hasInternetPc        R5
 * @param obligationsAcknowledged R6
 * @param personalDataConsent  without it nothing is stored
 * @param password             for the applicant portal; the caller may clear the array afterwards
 * @param preferredLanguage    "ja" or "en"; the language of the portal and of the screening explanation
 */
public record ApplicationForm(String nameKanji, String nameKana, LocalDate birthDate, String email, String phone,
                              String address, boolean enrolledInHighSchool, List<QualificationEntry> qualifications,
                              List<SupportWorkEntry> supportWork, boolean selfDeclaredKnowledge, boolean hasInternetPc,
                              boolean obligationsAcknowledged, boolean personalDataConsent, char[] password,
                              String preferredLanguage) implements java.io.Serializable {

    public ApplicationForm {
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        supportWork = supportWork == null ? List.of() : List.copyOf(supportWork);
    }
}
