package jp.hometech.console.shell;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.calendar.NationalHoliday;
import jp.hometech.platform.api.time.BusinessClock;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The first page after login: today in Japan, the coming holidays and bank business days (K1, K2). */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessClock clock;

    @Inject
    UserSession userSession;

    private LocalDate today;
    private boolean todayIsBankBusinessDay;
    private LocalDate nextBankBusinessDay;
    private final List<HolidayRow> upcomingHolidays = new ArrayList<>();

    @PostConstruct
    void load() {
        JapaneseCalendar calendar = JapaneseCalendar.standard();
        today = clock.today();
        todayIsBankBusinessDay = calendar.isBankBusinessDay(today);
        LocalDate day = today.plusDays(1);
        while (!calendar.isBankBusinessDay(day)) {
            day = day.plusDays(1);
        }
        nextBankBusinessDay = day;
        for (int year = today.getYear(); upcomingHolidays.size() < 5 && year <= today.getYear() + 1; year++) {
            for (NationalHoliday holiday : calendar.holidaysIn(year)) {
                if (!holiday.date().isBefore(today) && upcomingHolidays.size() < 5) {
                    upcomingHolidays.add(new HolidayRow(format(holiday.date()), holiday.name(userSession.getLocale())));
                }
            }
        }
    }

    private String format(LocalDate date) {
        String pattern = userSession.isJapanese() ? "yyyy年M月d日(E)" : "EEE, d MMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, userSession.getLocale()).format(date);
    }

    public String getToday() { return format(today); }
    public boolean isTodayBankBusinessDay() { return todayIsBankBusinessDay; }
    public String getNextBankBusinessDay() { return format(nextBankBusinessDay); }
    public List<HolidayRow> getUpcomingHolidays() { return upcomingHolidays; }

    public static final class HolidayRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String date;
        private final String name;

        HolidayRow(String date, String name) {
            this.date = date;
            this.name = name;
        }

        public String getDate() { return date; }
        public String getName() { return name; }
    }
}
