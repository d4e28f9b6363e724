package jp.hometech.scheduling.internal.rules;

import jp.hometech.scheduling.api.MonthlyStanding;
import jp.hometech.scheduling.api.StandingRow;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The staff list of standings as CSV: UTF-8 with a BOM (Excel opens it as UTF-8), CRLF, every field quoted,
 * and a cell that a spreadsheet would run as a formula (= + - @, tab, CR) prefixed with an apostrophe.
 */
public final class StandingCsv {

    public static final String HEADER = "month,contract_number,contractor_name,pre_entry_hours,pre_entry_status,"
            + "weekend_holiday_hours,weekend_holiday_status,worked_hours,projected_worked_hours,worked_status,final";

    public static byte[] write(List<StandingRow> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (StandingRow row : rows) {
            MonthlyStanding s = row.getStanding();
            csv.append(String.join(",",
                    quoted(s.getMonth().toString()), quoted(row.getContractNumber()), quoted(row.getContractorName()),
                    quoted(s.getPreEnteredHours().toPlainString()), quoted(s.getPreEntryStatus().name()),
                    quoted(s.getPreEnteredWeekendHolidayHours().toPlainString()), quoted(s.getWeekendHolidayStatus().name()),
                    quoted(s.getWorkedHours().toPlainString()), quoted(s.getProjectedWorkedHours().toPlainString()),
                    quoted(s.getWorkedStatus().name()), quoted(Boolean.toString(s.isFinal())))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String quoted(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private StandingCsv() {
    }
}
