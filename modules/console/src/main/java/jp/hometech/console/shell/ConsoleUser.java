package jp.hometech.console.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jp.hometech.console.security.ClientAddress;
import jp.hometech.platform.api.security.Actor;

/** The signed-in user as the audit log records them: name and address of this request. */
@RequestScoped
public class ConsoleUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    public Actor actor() {
        String name = securityContext.getCallerPrincipal() == null ? "anonymous" : securityContext.getCallerPrincipal().getName();
        return new Actor(name, ClientAddress.of(request));
    }
}
