package jp.hometech.training.internal.calendar;

/** Why a date cannot carry a group, assessment or call-training day; each has a console message. */
public enum NonTrainingDayReason {
    WEEKEND("training.day.weekend"),
    NATIONAL_HOLIDAY("training.day.nationalHoliday"),
    COMPANY_YEAR_END("training.day.companyYearEnd");

    private final String messageKey;

    NonTrainingDayReason(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
