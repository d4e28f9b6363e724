package jp.hometech.systemtests.billing;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.hometech.billing.api.BankAccountEntry;
import jp.hometech.billing.api.FeeLineView;
import jp.hometech.billing.api.FeeScheduleService;
import jp.hometech.billing.api.FeeUnit;
import jp.hometech.billing.api.PayeeService;
import jp.hometech.platform.api.security.Actor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Test deployment only ({@link BillingDeployments}): for a browser test, which cannot call the api itself, a
 * contractor with work records in {@code month} and a confirmed bank account, and the fee schedule in force
 * from a year back. Answers "username,password,name,contract number".
 */
@WebServlet("/contractor")
public class BillingFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Actor STAFF = new Actor("it-billing", "192.0.2.60");

    @EJB(lookup = "java:global/backoffice/billing/DefaultFeeScheduleService!jp.hometech.billing.api.FeeScheduleService")
    transient FeeScheduleService fees;

    @EJB(lookup = "java:global/backoffice/billing/DefaultPayeeService!jp.hometech.billing.api.PayeeService")
    transient PayeeService payees;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        YearMonth month = YearMonth.parse(request.getParameter("month"));
        LocalDate from = YearMonth.from(java.time.LocalDate.now(jp.hometech.platform.api.calendar.JapaneseCalendar.ZONE)).minusMonths(12).atDay(1);
        synchronized (BillingFixtureServlet.class) {
            if (fees.schedules().stream().noneMatch(s -> s.getValidFrom().equals(from))) {
                fees.create(from, "BillingBrowserIT", List.of(
                        new FeeLineView("CALL", "コール", "Call", FeeUnit.PER_CALL, 50),
                        new FeeLineView("HOUR", "稼働時間", "Hours", FeeUnit.PER_HOUR, 1_200)), STAFF);
            }
        }
        BillingContractors.Contractor contractor = BillingContractors.create(request.getParameter("name"),
                request.getParameter("kana"), month);
        BillingContractors.work(contractor, month.atDay(6) + ",10:00,14:00,12");
        payees.setAccount(contractor.accountId(), new BankAccountEntry("0001", "001", 1, "7654321", "ﾌﾞﾗｳｻﾞ ﾊﾅｺ"), STAFF);
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write(String.join(",", contractor.username(), BillingContractors.PASSWORD,
                contractor.name(), contractor.number()).getBytes(StandardCharsets.UTF_8));
    }
}
