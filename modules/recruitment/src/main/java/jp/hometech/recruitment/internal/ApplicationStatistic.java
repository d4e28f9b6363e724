package jp.hometech.recruitment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.recruitment.api.AgeBand;
import jp.hometech.recruitment.api.ApplicantStatus;
import jp.hometech.recruitment.api.QualificationRoute;
import jp.hometech.recruitment.api.ScreeningDecision;

import java.time.Instant;
import java.time.LocalDate;

/** What remains of an erased application: nothing that identifies the person. */
@Entity
@Table(name = "application_statistic")
public class ApplicationStatistic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applied_month", nullable = false)
    private LocalDate appliedMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false, length = 20)
    private AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QualificationRoute route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25)
    private ScreeningDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_status", nullable = false, length = 20)
    private ApplicantStatus finalStatus;

    /** R8: R4C_TOPICS or the reason's code when the interview failed, else null. */
    @Column(name = "interview_failure", length = 40)
    private String interviewFailure;

    @Column(name = "erased_at", nullable = false)
    private Instant erasedAt;

    protected ApplicationStatistic() {
    }

    ApplicationStatistic(LocalDate appliedOn, AgeBand ageBand, QualificationRoute route, ScreeningDecision decision,
                         ApplicantStatus finalStatus, String interviewFailure, Instant erasedAt) {
        this.appliedMonth = appliedOn.withDayOfMonth(1);
        this.ageBand = ageBand;
        this.route = route;
        this.decision = decision;
        this.finalStatus = finalStatus;
        this.interviewFailure = interviewFailure;
        this.erasedAt = erasedAt;
    }
}
