package jp.hometech.scheduling.internal;

/** Names shared by the module's services. */
public final class Scheduling {

    public static final String MODULE = "scheduling";
    public static final String UNIT = "scheduling";

    public static String subject(long contractorAccountId) {
        return "account#" + contractorAccountId;
    }

    private Scheduling() {
    }
}
