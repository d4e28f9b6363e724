package jp.hometech.platform.internal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.hometech.platform.api.audit.AuditEntryView;

import java.time.Instant;

/** Append-only: there is no way to change or delete an entry through the application. */
@Entity
@Table(name = "audit_entry")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    @Column(nullable = false, length = 32)
    private String module;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(length = 200)
    private String subject;

    @Column(length = 2000)
    private String detail;

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, String actor, String remoteAddress, String module, String action, String subject,
                String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.remoteAddress = remoteAddress;
        this.module = module;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
    }

    AuditEntryView toView() {
        return new AuditEntryView(id, occurredAt, actor, remoteAddress, module, action, subject, detail);
    }
}
