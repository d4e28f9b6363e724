package jp.hometech.itclock;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Sets the business time for tests that run outside the server (browser tests), in the test-only
 * {@code it-clock-servlet.jar} that the system tests put into the console's WEB-INF/lib: {@code POST ?at=2027-01-31T23:59+09:00[&frozen=true]} sets it, {@code DELETE} puts the
 * system clock back, {@code GET} answers the current business time.
 */
@WebServlet("/it-clock/business-clock")
public class BusinessClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    // The clock lives in the EAR's lib/; looked up, so the servlet needs no bean archive of its own.
    private transient AdjustableBusinessClock clock;

    @Override
    public void init() {
        clock = CDI.current().select(AdjustableBusinessClock.class).get();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String at = request.getParameter("at");
        if (at == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "at=<ISO date-time with offset> is required");
            return;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(at);
            if (Boolean.parseBoolean(request.getParameter("frozen"))) {
                clock.freezeAt(time.toInstant());
            } else {
                clock.runFrom(time.toInstant());
            }
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "not an ISO date-time with offset: " + at);
            return;
        }
        answer(response);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        clock.reset();
        answer(response);
    }

    private void answer(HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(clock.nowInTokyo().toOffsetDateTime().toString());
    }
}
