package jp.hometech.systemtests.scheduling;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Test deployment only ({@link SchedulingDeployments}): makes a contractor with an active contract for a browser
 * test, which cannot call the api itself. Answers "contract number, user name, password" on one line.
 */
@WebServlet("/contractor")
public class ContractorFixtureServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Contractors.Contractor contractor = Contractors.create();
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write((contractor.number() + "," + contractor.username() + "," + Contractors.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
