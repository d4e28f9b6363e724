package jp.hometech.recruitment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.recruitment.api.HistoryEntryView;

import java.time.Instant;

/** The application's own history for the staff's detail page; erased with the applicant, unlike the audit log. */
@Entity
@Table(name = "applicant_history")
public class HistoryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private long applicantId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(length = 500)
    private String detail;

    protected HistoryRecord() {
    }

    HistoryRecord(long applicantId, Instant occurredAt, String actor, String action, String detail) {
        this.applicantId = applicantId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
    }

    HistoryEntryView toView() {
        return new HistoryEntryView(occurredAt, actor, action, detail);
    }
}
