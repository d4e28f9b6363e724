package jp.hometech.training.internal.layout;

/**
 * The lengths of the phases of T1. The self-study periods are calendar days (trainees study at home on
 * their own time, weekends included); the other phases are counted in training days.
 *
 * @param selfStudyDays          phase 1, default 15 calendar days (about 60 hours over 2–3 weeks)
 * @param groupDays              phase 2, 3 days (T1)
 * @param postPassSelfStudyDays  phase 3 self-study, default 10 calendar days (about 40 hours)
 * @param postPassGroupDays      phase 3 group days, 2 days (T1)
 * @param callTrainingDays       phase 4, default 3 days ("a few days")
 */
public record LayoutSettings(int selfStudyDays, int groupDays, int postPassSelfStudyDays, int postPassGroupDays,
                             int callTrainingDays) {

    public static final int GROUP_DAYS = 3;
    public static final int POST_PASS_GROUP_DAYS = 2;

    public LayoutSettings {
        requireAtLeast(1, selfStudyDays, "selfStudyDays");
        requireAtLeast(1, groupDays, "groupDays");
        requireAtLeast(1, postPassSelfStudyDays, "postPassSelfStudyDays");
        requireAtLeast(1, postPassGroupDays, "postPassGroupDays");
        requireAtLeast(1, callTrainingDays, "callTrainingDays");
    }

    public static LayoutSettings defaults() {
        return new LayoutSettings(15, GROUP_DAYS, 10, POST_PASS_GROUP_DAYS, 3);
    }

    public LayoutSettings withSelfStudyDays(int days) {
        return new LayoutSettings(days, groupDays, postPassSelfStudyDays, postPassGroupDays, callTrainingDays);
    }

    public LayoutSettings withPostPassSelfStudyDays(int days) {
        return new LayoutSettings(selfStudyDays, groupDays, days, postPassGroupDays, callTrainingDays);
    }

    public LayoutSettings withCallTrainingDays(int days) {
        return new LayoutSettings(selfStudyDays, groupDays, postPassSelfStudyDays, postPassGroupDays, days);
    }

    private static void requireAtLeast(int minimum, int value, String name) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
        }
    }
}
