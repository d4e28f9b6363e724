package jp.hometech.console.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through our own Faces page ({@link jp.hometech.console.shell.LoginView}); the accounts come from
 * {@link AccountIdentityStore}. Which role opens which URL is declared in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ADMIN", "RECRUITER", "TRAINER", "EQUIPMENT", "SCHEDULER", "BILLING", "CONTRACTOR", "APPLICANT"})
@ApplicationScoped
public class SecurityConfiguration {
}
