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
import jp.hometech.recruitment.api.SupportWorkView;

import java.time.LocalDate;

@Entity
@Table(name = "applicant_support_period")
public class SupportPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false, updatable = false)
    private Applicant applicant;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(length = 200)
    private String description;

    protected SupportPeriod() {
    }

    SupportPeriod(Applicant applicant, LocalDate startedOn, LocalDate endedOn, String description) {
        this.applicant = applicant;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.description = description;
    }

    SupportWorkView toView() {
        return new SupportWorkView(startedOn, endedOn, description);
    }
}
