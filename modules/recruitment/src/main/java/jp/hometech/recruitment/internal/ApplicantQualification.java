package jp.hometech.recruitment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A qualification as declared; {@code qualifying} is what the reference data said on the application date. */
@Entity
@Table(name = "applicant_qualification")
public class ApplicantQualification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false, updatable = false)
    private Applicant applicant;

    @Column(name = "qualification_code", nullable = false, length = 40)
    private String qualificationCode;

    @Column(name = "obtained_on")
    private LocalDate obtainedOn;

    @Column(nullable = false)
    private boolean qualifying;

    protected ApplicantQualification() {
    }

    ApplicantQualification(Applicant applicant, String qualificationCode, LocalDate obtainedOn, boolean qualifying) {
        this.applicant = applicant;
        this.qualificationCode = qualificationCode;
        this.obtainedOn = obtainedOn;
        this.qualifying = qualifying;
    }

    String getQualificationCode() { return qualificationCode; }
    LocalDate getObtainedOn() { return obtainedOn; }
    boolean isQualifying() { return qualifying; }
}
