package jp.hometech.systemtests.certificates;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Test deployment only ({@link CertificateDeployments}): a contractor with three months of work records for a
 * browser test, which cannot call the api itself. Answers {@link WorkingContractors.Contractor#line()}.
 */
@WebServlet("/contractor")
public class CertificateFixtureServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String name = request.getParameter("name");
        String kana = request.getParameter("kana");
        WorkingContractors.Contractor contractor = WorkingContractors.create(name == null ? "証明 花子" : name,
                kana == null ? "ショウメイ ハナコ" : kana);
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write(contractor.line().getBytes(StandardCharsets.UTF_8));
    }
}
