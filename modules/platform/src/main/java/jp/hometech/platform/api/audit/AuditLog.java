package jp.hometech.platform.api.audit;

import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.SortFields;
import jp.hometech.platform.api.security.Actor;

import java.util.List;

/**
 * Who did what, when and from where, for every module. An entry joins the caller's transaction, so a
 * change and its audit line are committed (or rolled back) together. Never pass passwords or other secrets.
 */
public interface AuditLog {

    void record(Actor actor, String module, String action, String subject, String detail);

    /** Newest first by default. */
    SortFields SORT = SortFields.of("audit log", "occurredAt", false, "occurredAt", "actor", "module", "action");

    /** The entries the query matches, counted up to {@link RowCount#CAP}. */
    RowCount count(AuditQuery query);

    /** One page of the entries the query matches, sorted by a field of {@link #SORT}. */
    List<AuditEntryView> search(AuditQuery query, PageRequest page);

    /** Replaces a person's identifier (as actor or subject) with a pseudonym, for erasure of personal data. */
    int pseudonymize(String identifier, String pseudonym);
}
