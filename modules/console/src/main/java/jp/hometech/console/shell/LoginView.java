package jp.hometech.console.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.hometech.console.security.AccountIdentityStore;
import jp.hometech.platform.api.account.LoginResult;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private boolean loggedOut;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + Landing.pathFor(request));
            default -> explainFailure(request);
        }
    }

    private void explainFailure(HttpServletRequest request) {
        LoginResult result = (LoginResult) request.getAttribute(AccountIdentityStore.LOGIN_RESULT);
        if (result == null) {
            Messages.error("login.failed");
            return;
        }
        switch (result.outcome()) {
            case LOCKED -> Messages.error("login.locked", DateTimeFormatter.ofPattern("HH:mm")
                    .withZone(ZoneId.of("Asia/Tokyo")).format(result.lockedUntil()));
            case DISABLED -> Messages.error("login.disabled");
            default -> Messages.error("login.failed");
        }
        faces.getExternalContext().getFlash().setKeepMessages(false);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public boolean isLoggedOut() { return loggedOut; }
    public void setLoggedOut(boolean loggedOut) { this.loggedOut = loggedOut; }
    public void setPassword(String password) { this.password = password; }
}
