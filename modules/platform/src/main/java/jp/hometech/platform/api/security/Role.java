package jp.hometech.platform.api.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles of the back office. Staff roles open console modules; the others open the portal. */
public enum Role {
    ADMIN, RECRUITER, TRAINER, EQUIPMENT, SCHEDULER, BILLING,
    /** A contractor with a concluded business contract (portal). */
    CONTRACTOR,
    /** A registered applicant (portal, recruitment only). */
    APPLICANT;

    /** Names usable in {@code @RolesAllowed} and {@code isUserInRole}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String CONTRACTOR_NAME = "CONTRACTOR";

    public static Set<Role> staffRoles() {
        return EnumSet.of(ADMIN, RECRUITER, TRAINER, EQUIPMENT, SCHEDULER, BILLING);
    }

    public boolean isStaff() {
        return staffRoles().contains(this);
    }
}
