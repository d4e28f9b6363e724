package jp.hometech.platform.api.audit;

import jp.hometech.platform.api.Page;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.security.Actor;

/**
 * Who did what, when and from where, for every module. An entry joins the caller's transaction, so a
 * change and its audit line are committed (or rolled back) together. Never pass passwords or other secrets.
 */
public interface AuditLog {

    void record(Actor actor, String module, String action, String subject, String detail);

    Page<AuditEntryView> search(AuditQuery query, PageRequest page);

    /** Replaces a person's identifier (as actor or subject) with a pseudonym, for erasure of personal data. */
    int pseudonymize(String identifier, String pseudonym);
}
