package jp.hometech.recruitment.api;

/** The topics an R4c applicant must explain in their own words; the interviewer confirms each one. */
public enum R4cTopic {
    ISP_ROLE,
    WIRED_VS_WIRELESS_CONNECTION,
    LOCAL_VS_GLOBAL_IP_ADDRESS,
    BROWSER_MAIL_CLIENT_WEBMAIL,
    OPERATING_SYSTEM_ROLE,
    HARDWARE_VS_SOFTWARE,
    FOLDERS_FILES_EXTENSIONS_SHORTCUTS,
    UNINSTALL_AND_FORCE_QUIT_RISKS;

    public String getMessageKey() {
        return "recruitment.r4cTopic." + name();
    }
}
