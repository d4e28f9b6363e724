package jp.hometech.console.shell;

import jakarta.servlet.http.HttpServletRequest;
import jp.hometech.platform.api.security.Role;

/** Where a user lands after login or at the site root: staff in the console, the others in the portal. */
final class Landing {

    static String pathFor(HttpServletRequest request) {
        for (Role role : Role.staffRoles()) {
            if (request.isUserInRole(role.name())) {
                return "/console/dashboard.xhtml";
            }
        }
        if (request.isUserInRole(Role.CONTRACTOR.name())) {
            return "/portal/index.xhtml";
        }
        if (request.isUserInRole(Role.APPLICANT.name())) {
            return "/portal/application/index.xhtml";
        }
        return "/login.xhtml";
    }

    private Landing() {
    }
}
