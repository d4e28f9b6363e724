package jp.hometech.console.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/** Site root redirect and logout. */
@Named
@RequestScoped
public class NavigationView {

    @Inject
    FacesContext faces;

    public void redirectToLanding() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.redirect(external.getRequestContextPath() + Landing.pathFor(request));
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String language = request.getSession(false) == null ? "ja"
                : String.valueOf(((UserSession) faces.getApplication().evaluateExpressionGet(faces, "#{userSession}", UserSession.class)).getLanguage());
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true&lang=" + language);
    }
}
