package jp.hometech.console.certificates;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.hometech.certificates.api.CertificateDocument;
import jp.hometech.certificates.api.CertificateService;
import jp.hometech.certificates.api.DocumentKind;
import jp.hometech.console.security.ClientAddress;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.platform.api.security.Role;

import java.io.IOException;
import java.util.Optional;

/**
 * The stored PDFs of a certificate, exactly as issued. In the portal (CONTRACTOR) only the caller's own: a
 * number that is someone else's answers 404, like one that does not exist, so changing the number in the URL
 * tells nothing. In the console, staff who may issue (ADMIN, RECRUITER) get any. web.xml guards both paths too.
 */
@WebServlet(urlPatterns = {CertificateFileServlet.PORTAL_PATH, CertificateFileServlet.CONSOLE_PATH})
public class CertificateFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PORTAL_PATH = "/portal/certificates/file";
    static final String CONSOLE_PATH = "/console/certificates/file";

    @EJB
    transient CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentKind kind = kind(request.getParameter("kind"));
        String number = request.getParameter("number");
        if (kind == null || number == null || request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<CertificateDocument> document;
        if (PORTAL_PATH.equals(request.getServletPath())) {
            Actor caller = new Actor(request.getUserPrincipal().getName(), ClientAddress.of(request));
            document = certificates.ownDocument(number, kind, caller);
        } else if (request.isUserInRole(Role.ADMIN.name()) || request.isUserInRole(Role.RECRUITER.name())) {
            document = certificates.document(number, kind);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = document.get().getContent();
        response.setContentType(document.get().getContentType());
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.get().getFileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }

    private static DocumentKind kind(String value) {
        try {
            return value == null ? null : DocumentKind.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
