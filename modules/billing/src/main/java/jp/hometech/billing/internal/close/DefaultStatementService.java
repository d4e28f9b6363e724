package jp.hometech.billing.internal.close;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.billing.api.StatementLineView;
import jp.hometech.billing.api.StatementService;
import jp.hometech.billing.api.StatementView;
import jp.hometech.billing.internal.Billing;
import jp.hometech.billing.internal.BillingSettings;
import jp.hometech.billing.internal.pdf.StatementPdf;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.time.BusinessClock;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultStatementService implements StatementService {

    @PersistenceContext(unitName = Billing.UNIT)
    EntityManager em;

    @Inject
    BillingSettings settings;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog auditLog;

    @EJB
    AccountService accounts;


    @Override
    public Optional<StatementView> statement(long statementId) {
        return Optional.ofNullable(em.find(Statement.class, statementId)).map(this::view);
    }

    @Override
    public byte[] pdf(long statementId, Actor actor) {
        Statement statement = em.find(Statement.class, statementId);
        if (statement == null) {
            throw new jp.hometech.platform.api.BusinessException("billing.statement.notFound");
        }
        auditLog.record(actor, Billing.MODULE, "STATEMENT_OPENED",
                "statement#" + statementId, "account=" + statement.getAccountId() + ", month=" + statement.getMonth());
        return render(statement);
    }

    @Override
    public List<StatementView> ownStatements(Actor caller) {
        return em.createQuery("""
                        select s from Statement s, MonthlyClose c
                        where c.month = s.month and c.status = :confirmed and s.accountId = :me
                        order by s.month desc""", Statement.class)
                .setParameter("confirmed", CloseStatus.CONFIRMED).setParameter("me", me(caller))
                .getResultStream().map(this::view).toList();
    }

    @Override
    public Optional<byte[]> ownPdf(long statementId, Actor caller) {
        Statement statement = em.find(Statement.class, statementId);
        if (statement == null || statement.getAccountId() != me(caller)) {
            return Optional.empty();
        }
        MonthlyClose close = em.find(MonthlyClose.class, statement.getMonth().atDay(1));
        if (close == null || close.getStatus() != CloseStatus.CONFIRMED) {
            return Optional.empty();
        }
        auditLog.record(caller, Billing.MODULE, "STATEMENT_DOWNLOADED",
                "statement#" + statementId, "month=" + statement.getMonth());
        return Optional.of(render(statement));
    }

    /** Rendered once and kept with its hash: a confirmed statement reads the same every time it is downloaded. */
    private byte[] render(Statement statement) {
        MonthlyClose close = em.find(MonthlyClose.class, statement.getMonth().atDay(1));
        boolean confirmed = close != null && close.getStatus() == CloseStatus.CONFIRMED;
        if (confirmed && statement.getPdf() != null) {
            return statement.getPdf();
        }
        var issuedAt = confirmed ? close.getConfirmedAt() : clock.now();
        byte[] pdf = StatementPdf.render(view(statement),
                new StatementPdf.Payer(settings.companyName(), settings.companyAddress(), settings.companyPhone()),
                issuedAt.atZone(ZoneId.of("Asia/Tokyo")).toLocalDate(), issuedAt);
        if (confirmed) {
            statement.attachPdf(pdf, DefaultTransferFileService.sha256(pdf));
        }
        return pdf;
    }

    private long me(Actor caller) {
        return accounts.findByUsername(caller.username())
                .orElseThrow(() -> new jp.hometech.platform.api.BusinessException("billing.payee.unknownCaller")).getId();
    }

    StatementView view(Statement s) {
        MonthlyClose close = em.find(MonthlyClose.class, s.getMonth().atDay(1));
        List<StatementLineView> lines = s.getLines().stream().map(l -> new StatementLineView(l.getKind(), l.getCode(),
                l.getNameJa(), l.getNameEn(), l.getUnit(), l.getQuantity(), l.getUnitPriceYen(), l.getAmountYen(),
                l.getCorrectsMonth())).toList();
        return new StatementView(s.getId(), s.getAccountId(), s.getPayeeName(), s.getContractNumber(), s.getMonth(),
                s.getPayday(), s.getCalls(), s.getMinutes(), s.getDaysWorked(), lines, s.getSubtotalYen(), s.getTaxYen(),
                s.getTotalYen(), s.getInvoiceNumber(), close != null && close.getStatus() == CloseStatus.CONFIRMED);
    }
}
