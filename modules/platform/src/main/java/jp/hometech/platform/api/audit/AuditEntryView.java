package jp.hometech.platform.api.audit;

import java.time.Instant;

/** One line of the audit log. Getters for EL. */
public final class AuditEntryView implements java.io.Serializable {

    private final long id;
    private final Instant occurredAt;
    private final String actor;
    private final String remoteAddress;
    private final String module;
    private final String action;
    private final String subject;
    private final String detail;

    public AuditEntryView(long id, Instant occurredAt, String actor, String remoteAddress, String module, String action,
                          String subject, String detail) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.remoteAddress = remoteAddress;
        this.module = module;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
    }

    public long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getRemoteAddress() { return remoteAddress; }
    public String getModule() { return module; }
    public String getAction() { return action; }
    public String getSubject() { return subject; }
    public String getDetail() { return detail; }
}
