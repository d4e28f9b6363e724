package jp.hometech.billing.api;

import jp.hometech.platform.api.security.Actor;

import java.util.List;
import java.util.Optional;

/**
 * Payment statements (B5). BILLING opens any; a contractor sees only their own statements of confirmed months:
 * the person is the signed-in caller the web layer passes, whatever statement id a page sends.
 */
public interface StatementService {

    /** BILLING: any statement, draft or confirmed. */
    Optional<StatementView> statement(long statementId);

    /** BILLING: the statement as a PDF (Japanese, A4). */
    byte[] pdf(long statementId, Actor actor);

    /** CONTRACTOR: the caller's confirmed statements, newest first. */
    List<StatementView> ownStatements(Actor caller);

    /** CONTRACTOR: one of the caller's confirmed statements as a PDF; empty for anyone else's id. */
    Optional<byte[]> ownPdf(long statementId, Actor caller);
}
