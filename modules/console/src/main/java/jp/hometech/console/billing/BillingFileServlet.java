package jp.hometech.console.billing;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.hometech.billing.api.StatementService;
import jp.hometech.billing.api.TransferFileService;
import jp.hometech.console.security.ClientAddress;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.security.Role;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Billing's downloads. In the portal (CONTRACTOR) only the caller's own confirmed statements: someone else's id
 * answers 404 like one that does not exist. In the console, BILLING and ADMIN get any statement and a confirmed
 * month's Zengin transfer file (the service records and audits each download). web.xml guards both paths too.
 */
@WebServlet(urlPatterns = {BillingFileServlet.PORTAL_PATH, BillingFileServlet.CONSOLE_PATH})
public class BillingFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PORTAL_PATH = "/portal/billing/file";
    static final String CONSOLE_PATH = "/console/billing/file";

    @EJB
    transient StatementService statements;

    @EJB
    transient TransferFileService transfers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getParameter("kind");
        if (request.getUserPrincipal() == null || kind == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean portal = PORTAL_PATH.equals(request.getServletPath());
        if (!portal && !(request.isUserInRole(Role.BILLING.name()) || request.isUserInRole(Role.ADMIN.name()))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if ("STATEMENT".equals(kind)) {
            Long id = number(request.getParameter("statementId"));
            if (id == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Actor caller = new Actor(request.getUserPrincipal().getName(), ClientAddress.of(request));
            Optional<byte[]> pdf = portal ? statements.ownPdf(id, caller)
                    : statements.statement(id).map(found -> statements.pdf(id, caller));
            if (pdf.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(response, pdf.get(), "application/pdf", "statement-" + id + ".pdf");
        } else if ("TRANSFER".equals(kind) && !portal) {
            YearMonth month = month(request.getParameter("month"));
            if (month == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] file;
            try {
                file = transfers.download(month, new Actor(request.getUserPrincipal().getName(), ClientAddress.of(request)));
            } catch (BusinessException refused) {
                response.sendError(HttpServletResponse.SC_CONFLICT, refused.messageKey());
                return;
            }
            send(response, file, "application/octet-stream", "zengin-transfer-" + month + ".txt");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, byte[] content, String type, String fileName) throws IOException {
        response.setContentType(type);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static YearMonth month(String value) {
        try {
            return value == null ? null : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
